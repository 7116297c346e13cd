import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

describe('the first migration, on an empty database', () => {
  let api: TestApi;
  let db: pg.Client;

  beforeAll(async () => {
    api = await startTestApi({ database: 'empty' });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  const fails = async (sql: string) => {
    await db.query('savepoint probe');
    try {
      await db.query(sql);
      return null;
    } catch (error) {
      return (error as { message: string }).message;
    } finally {
      await db.query('rollback to savepoint probe');
    }
  };

  it('is applied at start-up and creates every table of the domain', async () => {
    const { rows } = await db.query("select tablename from pg_tables where schemaname = 'public'");
    const tables = rows.map((row) => row.tablename);
    for (const table of [
      'award_cycle',
      'cycle_window',
      'category_config',
      'credit_limit',
      'expertise_field',
      'organization',
      'registration',
      'app_user',
      'session',
      'nomination',
      'completer',
      'completing_organization',
      'innovation',
      'application_record',
      'economic_benefit',
      'intellectual_property',
      'nomination_file',
      'nomination_transition',
      'expert',
      'expert_field',
      'expert_employment',
      'expert_conflict',
      'assignment',
      'rubric',
      'criterion',
      'level_descriptor',
      'score_sheet',
      'criterion_score',
      're_review_ballot',
      'ballot_participation',
      're_review_vote',
      'nomination_result',
      'objection',
      'audit_event',
    ]) {
      expect(tables).toContain(table);
    }
    const applied = await db.query('select name from mikro_orm_migrations order by id');
    // Every migration in the folder, in the order of their timestamps, and the first two by name.
    const folder = new URL('../src/db/migrations/', import.meta.url);
    const files = readdirSync(folder)
      .filter((file) => /^Migration\d+_\w+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(applied.rows.map((row) => row.name)).toEqual(files);
    expect(files.slice(0, 2)).toEqual([
      'Migration20261125041358_initial',
      'Migration20261125041359_integrity',
    ]);
  });

  it('serves the API over the empty schema', async () => {
    const result = await api.graphql<{ awardCycles: unknown[] }>('{ awardCycles { id } }');
    expect(result).toEqual({ data: { awardCycles: [] } });
  });

  describe('keeps the rules in the database too', () => {
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

    // One valid row of each table the probes below touch, in a transaction rolled back afterwards.
    beforeAll(async () => {
      await db.query('begin');
      await db.query(`
        insert into award_cycle (id, year, name_zh, name_en, notice_number) values ('${id(1)}', 2030, '测试', 'Test', 'T');
        insert into rubric (id, cycle_id, category) values ('${id(2)}', '${id(1)}', 'INVENTION');
        insert into criterion (id, rubric_id, code, position, name_zh, name_en, description_zh, description_en, max_points)
          values ('${id(3)}', '${id(2)}', 'INV_DIFFICULTY', 1, '难度', 'Difficulty', '', '', 10);
        insert into organization (id, name, credit_code, type)
          values ('${id(11)}', 'Org', '913100001322159951', 'OTHER_ENTERPRISE');
        insert into expertise_field (id, cycle_id, code, name_zh, name_en) values ('${id(12)}', '${id(1)}', 'F', '领域', 'F');
        insert into nomination (id, cycle_id, code, category, status, version, nominator_id, project_name, field_id)
          values ('${id(13)}', '${id(1)}', 'N1', 'INVENTION', 'PRELIMINARY_REVIEW', 1, '${id(11)}', '项目', '${id(12)}');
        insert into expert (id, cycle_id, name, title) values ('${id(14)}', '${id(1)}', '专家', '教授');
        insert into assignment (id, nomination_id, expert_id, stage, status)
          values ('${id(15)}', '${id(13)}', '${id(14)}', 'PRELIMINARY', 'ACCEPTED');
        insert into score_sheet (id, assignment_id, rubric_id, status, version)
          values ('${id(16)}', '${id(15)}', '${id(2)}', 'DRAFT', 1);
        insert into audit_event (action, entity_type, entity_id, hash, chain_position) values ('TEST', 'Nomination', 'n1', repeat('0', 64), 1);`);
    });
    afterAll(() => db.query('rollback'));

    it('refuses an organization whose credit code has a forbidden character', async () => {
      expect(
        await fails(`insert into organization (id, name, credit_code, type)
          values (gen_random_uuid(), 'X', '91310000I3221599X5', 'OTHER_ENTERPRISE')`),
      ).toMatch(/organization_credit_code_format_check/);
    });

    it('refuses a project name longer than 30 characters', async () => {
      expect(await fails(`update nomination set project_name = repeat('质', 31)`)).toMatch(
        /nomination_project_name_length_check/,
      );
      expect(await fails(`update nomination set project_name = repeat('质', 30)`)).toBeNull();
    });

    it('refuses a second score sheet for one assignment', async () => {
      expect(
        await fails(`insert into score_sheet (id, assignment_id, rubric_id, status, version)
          values (gen_random_uuid(), '${id(15)}', '${id(2)}', 'DRAFT', 1)`),
      ).toMatch(/score_sheet_assignment_id_unique/);
    });

    it('refuses a submitted sheet without a total', async () => {
      expect(await fails(`update score_sheet set status = 'SUBMITTED', submitted_at = now()`)).toMatch(
        /score_sheet_submitted_check/,
      );
    });

    it('refuses points above the criterion maximum, and accepts them at the maximum', async () => {
      const insert = (points: number) =>
        fails(`insert into criterion_score (id, sheet_id, criterion_id, points)
          values (gen_random_uuid(), '${id(16)}', '${id(3)}', ${points})`);
      expect(await insert(10.5)).toMatch(/exceed the maximum 10/);
      expect(await insert(10)).toBeNull();
    });

    it('refuses a score for a criterion of another rubric', async () => {
      expect(
        await fails(`
          insert into rubric (id, cycle_id, category) values ('${id(4)}', '${id(1)}', 'PROGRESS');
          insert into criterion (id, rubric_id, code, position, name_zh, name_en, description_zh, description_en,
            max_points) values ('${id(5)}', '${id(4)}', 'PRG_SOCIAL', 1, '社会效益', 'Social', '', '', 10);
          insert into criterion_score (id, sheet_id, criterion_id, points)
            values (gen_random_uuid(), '${id(16)}', '${id(5)}', 5)`),
      ).toMatch(/not part of the rubric/);
    });

    it('keeps the audit trail append-only', async () => {
      expect(await fails('update audit_event set action = $$X$$')).toMatch(/append-only/);
      expect(await fails('delete from audit_event')).toMatch(/append-only/);
      // The chainer's one update is for rows not chained yet: a chained row's hashes stay as they are.
      expect(await fails(`update audit_event set hash = repeat('1', 64), chain_position = 2`)).toMatch(
        /append-only/,
      );
    });
  });
});
