import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const CHAIN_CHECK = '{ auditChainCheck { isIntact checkedCount firstBrokenId } }';

interface ChainCheck {
  auditChainCheck: { isIntact: boolean; checkedCount: number; firstBrokenId: string | null };
}

describe('the audit trail', () => {
  let api: TestApi;
  let db: pg.Client;
  let chair: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    chair = await api.login('chair@example.com');
  });
  afterAll(() => db.end());

  it('records a withdrawal with who, the state before and after, and the reason', async () => {
    const { rows } = await db.query(`select n.id, u.email from nomination n
      join app_user u on u.organization_id = n.nominator_id and 'NOMINATOR' = any(u.roles)
      where n.status = 'ACCEPTED' order by n.code limit 1`);
    const [{ id, email }] = rows;
    const nominator = await api.login(email);
    const withdrawn = await api.graphql(
      'mutation ($id: ID!) { withdrawNomination(id: $id, reason: "项目调整") { status } }',
      { id },
      nominator,
    );
    expect(withdrawn.errors).toBeUndefined();

    const trail = await api.graphql<{
      auditEvents: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query ($id: String!) { auditEvents(entityType: Nomination, entityId: $id, first: 10) {
        edges { node { action entityId before after actor { email } } } } }`,
      { id },
      chair,
    );
    expect(trail.data?.auditEvents.edges.map((edge) => edge.node)).toEqual([
      {
        action: 'NOMINATION_STATUS_CHANGED',
        entityId: id,
        before: { status: 'ACCEPTED' },
        after: { status: 'WITHDRAWN', reason: '项目调整' },
        actor: { email },
      },
    ]);
  });

  it('refuses the trail to a nominator', async () => {
    const nominator = await api.login('nominator1@example.com');
    const result = await api.graphql('{ auditEvents(first: 1) { totalCount } }', {}, nominator);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps one unbroken chain when many sessions open at once', async () => {
    await Promise.all(Array.from({ length: 12 }, () => api.login('secretariat@example.com')));
    const check = await api.graphql<ChainCheck>(CHAIN_CHECK, {}, chair);
    expect(check.data?.auditChainCheck.isIntact).toBe(true);
    const { rows } = await db.query('select count(*)::int as count from audit_event');
    expect(check.data?.auditChainCheck.checkedCount).toBe(rows[0].count);
    expect(rows[0].count).toBeGreaterThanOrEqual(14);
  });

  it('chains each committed row in the background, without anyone checking', async () => {
    await api.login('secretariat@example.com');
    const { rows } = await db.query('select max(id) as id from audit_event');
    const unchained = async () =>
      (await db.query('select hash from audit_event where id = $1', [rows[0].id])).rows[0].hash === null;
    // The chainer runs every second; give it a few.
    for (let tries = 0; tries < 50 && (await unchained()); tries++) await sleep(100);
    expect(await unchained()).toBe(false);
  });

  it('records every score sheet a staff member is shown, in one row listing them, found by each', async () => {
    const before = (await db.query("select count(*)::int as n from audit_event where action = 'READ'"))
      .rows[0].n;
    const { rows } = await db.query(`select a.nomination_id, count(s.id)::int as sheets from assignment a
      join score_sheet s on s.assignment_id = a.id group by a.nomination_id order by a.nomination_id limit 1`);
    const result = await api.graphql<{
      nomination: { assignments: { scoreSheet: { id: string } | null }[] };
    }>(
      'query ($id: ID!) { nomination(id: $id) { assignments { scoreSheet { id total } } } }',
      { id: rows[0].nomination_id },
      chair,
    );
    const shown = (result.data?.nomination.assignments ?? []).flatMap((a) =>
      a.scoreSheet ? [a.scoreSheet.id] : [],
    );
    expect(shown).toHaveLength(rows[0].sheets);
    const reads = await db.query(
      "select entity_id, after from audit_event where action = 'READ' and entity_type = 'ScoreSheet' order by id",
    );
    expect(reads.rows.length - before).toBe(1);
    const [read] = reads.rows.slice(before);
    expect(read.after.ids).toEqual([...shown].sort());
    expect(read.entity_id).toBe([...shown].sort()[0]);
    for (const sheetId of shown) {
      const trail = await api.graphql<{ auditEvents: { edges: { node: { action: string } }[] } }>(
        'query ($id: String!) { auditEvents(entityType: ScoreSheet, entityId: $id, first: 10) { edges { node { action } } } }',
        { id: sheetId },
        chair,
      );
      expect(trail.data?.auditEvents.edges.map((edge) => edge.node.action)).toContain('READ');
    }
    // The list is part of what the chain hashes.
    const check = await api.graphql<ChainCheck>(CHAIN_CHECK, {}, chair);
    expect(check.data?.auditChainCheck.isIntact).toBe(true);
  });

  it('detects a row edited behind the database’s back', async () => {
    // Only a superuser can lift the append-only trigger; the chain still shows what was done.
    const { rows } = await db.query(
      "select id from audit_event where action = 'SIGNED_IN' order by id limit 1 offset 3",
    );
    const tampered = rows[0].id;
    await db.query('alter table audit_event disable trigger audit_event_append_only');
    await db.query(
      `update audit_event set after = '{"expiresAt": "2099-01-01T00:00:00.000Z"}' where id = $1`,
      [tampered],
    );
    await db.query('alter table audit_event enable trigger audit_event_append_only');

    const check = await api.graphql<ChainCheck>(CHAIN_CHECK, {}, chair);
    expect(check.data?.auditChainCheck).toMatchObject({ isIntact: false, firstBrokenId: String(tampered) });
  });
});
