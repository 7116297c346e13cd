import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261208030000_transition_notes as TransitionNotes } from '../src/db/migrations/Migration20261208030000_transition_notes.js';
import { startTestApi, type TestApi } from './test-api.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The statements of one direction of the migration, run on the test's own connection. */
async function run(db: pg.Client, direction: 'up' | 'down'): Promise<void> {
  const migration = new TransitionNotes(null as never, null as never);
  await migration[direction]();
  for (const sql of migration.getQueries()) await db.query(sql as string);
}

describe('the migration to transition notes, over rows written before it', () => {
  let api: TestApi;
  let db: pg.Client;

  beforeAll(async () => {
    api = await startTestApi({ database: 'empty' });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    // The database as it was before the migration, with rows of that time; rolled back afterwards.
    await db.query('begin');
    await run(db, 'down');
    await db.query(`
      insert into award_cycle (id, year, name_zh, name_en, notice_number) values ('${id(1)}', 2030, '测试', 'Test', 'T');
      insert into organization (id, name, credit_code, type) values ('${id(2)}', 'Org', '913100001322159951', 'OTHER_ENTERPRISE');
      insert into expertise_field (id, cycle_id, code, name_zh, name_en) values ('${id(3)}', '${id(1)}', 'F', '领域', 'F');
      insert into nomination (id, cycle_id, code, category, status, version, nominator_id, project_name, field_id)
        values ('${id(4)}', '${id(1)}', 'N1', 'INVENTION', 'PUBLICITY', 1, '${id(2)}', '项目', '${id(3)}');
      insert into app_user (id, email, display_name, password_hash, roles, organization_id)
        values ('${id(5)}', 'n@example.com', '提名人', 'x', '{NOMINATOR}', '${id(2)}');
      insert into nomination_transition (id, nomination_id, from_status, to_status, reason, section_reasons, at) values
        ('${id(10)}', '${id(4)}', 'SUBMITTED', 'RETURNED', 'BENEFITS: 效益证明不一致', '[{"section":"BENEFITS","reason":"效益证明不一致"}]', now() - interval '5 day'),
        ('${id(11)}', '${id(4)}', 'RETURNED', 'SUBMITTED', 'resubmitted after correction', '[]', now() - interval '4 day'),
        ('${id(12)}', '${id(4)}', 'RE_REVIEW', 'PUBLICITY', '复评结果公示：二等奖', '[]', now() - interval '1 day'),
        ('${id(13)}', '${id(4)}', 'SUBMITTED', 'WITHDRAWN', '项目调整，申请撤回', '[]', now());
      insert into notification (id, recipient_id, nomination_id, kind, to_status, reason) values
        ('${id(20)}', '${id(5)}', '${id(4)}', 'STATUS_CHANGED', 'RETURNED', 'BENEFITS: 效益证明不一致'),
        ('${id(21)}', '${id(5)}', '${id(4)}', 'STATUS_CHANGED', 'PUBLICITY', '复评结果公示：二等奖');`);
    await run(db, 'up');
  });
  afterAll(async () => {
    await db.query('rollback');
    await db.end();
  });

  it("turns the system's texts into notes, with the grade they named, and keeps what a person wrote", async () => {
    const { rows } = await db.query(
      'select reason, section_reasons, note, note_grade from nomination_transition order by at',
    );
    expect(rows).toEqual([
      {
        reason: '',
        section_reasons: [{ section: 'BENEFITS', reason: '效益证明不一致' }],
        note: null,
        note_grade: null,
      },
      { reason: '', section_reasons: [], note: 'RESUBMITTED', note_grade: null },
      { reason: '', section_reasons: [], note: 'PUBLICIZED', note_grade: 'SECOND' },
      { reason: '项目调整，申请撤回', section_reasons: [], note: null, note_grade: null },
    ]);
  });

  it("gives a return's notification its reasons section by section, in place of the summary", async () => {
    const { rows } = await db.query(
      'select reason, section_reasons, note, note_grade from notification order by id',
    );
    expect(rows).toEqual([
      {
        reason: '',
        section_reasons: [{ section: 'BENEFITS', reason: '效益证明不一致' }],
        note: null,
        note_grade: null,
      },
      { reason: '', section_reasons: [], note: 'PUBLICIZED', note_grade: 'SECOND' },
    ]);
  });
});
