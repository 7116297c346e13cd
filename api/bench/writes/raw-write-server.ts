/**
 * The write baselines: a bare node:http server running each write as one hand-written pg transaction,
 * no GraphQL, no session, no ORM, no audit. POST /save: a draft save (M1); POST /submit: a sheet
 * submission (M2) with the nomination's aggregate updated and an event sent on commit. Run as a child
 * process by the bench (DATABASE_URL, PORT).
 */
import { createServer } from 'node:http';
import { json } from 'node:stream/consumers';
import type pg from 'pg';
import { baselinePool, serveBaseline } from '../baseline-server.js';

const { pool, port } = baselinePool('raw-write-server');

class Refusal extends Error {}

interface SaveInput {
  sheetId: string;
  version: number;
  criterionId: string;
  level: string;
  points: number;
  comment: string;
}

async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** The sheet, locked, if it is a draft at this version. */
async function draftAt(client: pg.PoolClient, sheetId: string, version: number) {
  const { rows } = await client.query<{ assignment_id: string; nomination_id: string; cycle_id: string }>(
    `select a.id as assignment_id, n.id as nomination_id, n.cycle_id
     from score_sheet s join assignment a on a.id = s.assignment_id join nomination n on n.id = a.nomination_id
     where s.id = $1 and s.status = 'DRAFT' and s.version = $2 for update of s`,
    [sheetId, version],
  );
  if (rows.length === 0) throw new Refusal('not a draft at this version');
  return rows[0];
}

function save(input: SaveInput) {
  return inTransaction(async (client) => {
    await draftAt(client, input.sheetId, input.version);
    await client.query(
      `update criterion_score set level = $3::score_level, points = $4, comment = $5
       where sheet_id = $1 and criterion_id = $2`,
      [input.sheetId, input.criterionId, input.level, input.points, input.comment],
    );
    const { rows } = await client.query<{ version: number; total: string }>(
      `update score_sheet set version = version + 1, updated_at = now(),
         total = (select sum(points) from criterion_score where sheet_id = $1)
       where id = $1 returning version, total`,
      [input.sheetId],
    );
    return { data: { saveScoreSheetDraft: rows[0] } };
  });
}

function submit(input: { sheetId: string; version: number }) {
  return inTransaction(async (client) => {
    const sheet = await draftAt(client, input.sheetId, input.version);
    const { rows } = await client.query<{ version: number; total: string }>(
      `update score_sheet set status = 'SUBMITTED', submitted_at = now(), updated_at = now(),
         version = version + 1, total = (select sum(points) from criterion_score where sheet_id = $1)
       where id = $1 returning version, total`,
      [input.sheetId],
    );
    await client.query(`update assignment set status = 'ACCEPTED' where id = $1`, [sheet.assignment_id]);
    // The nomination's aggregate: its submitted sheets' count and mean.
    await client.query(
      `insert into nomination_result (id, nomination_id, stage, sheet_count, plain_mean, computed_at)
       select gen_random_uuid(), $1, 'PRELIMINARY', count(*), round(avg(s.total), 2), now()
       from score_sheet s join assignment a on a.id = s.assignment_id
       where a.nomination_id = $1 and s.status = 'SUBMITTED'
       on conflict (nomination_id, stage) do update
         set sheet_count = excluded.sheet_count, plain_mean = excluded.plain_mean, computed_at = now()`,
      [sheet.nomination_id],
    );
    // The event: the cycle's change count, and a notification PostgreSQL sends on commit.
    const { rows: sequence } = await client.query<{ value: string }>(
      `insert into live_sequence (cycle_id, value) values ($1, 1)
       on conflict (cycle_id) do update set value = live_sequence.value + 1 returning value`,
      [sheet.cycle_id],
    );
    await client.query('select pg_notify($1, $2)', [
      'live_changed',
      JSON.stringify({ cycleId: sheet.cycle_id, sequence: sequence[0].value }),
    ]);
    return { data: { submitScoreSheet: rows[0] } };
  });
}

const ROUTES: Record<string, (input: never) => Promise<unknown>> = { '/save': save, '/submit': submit };

const server = createServer(async (request, response) => {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (request.url === '/healthz') return reply(200, { status: 'ok' });
  const route = ROUTES[request.url ?? ''];
  if (!route || request.method !== 'POST') return reply(404, { errors: [{ message: 'not found' }] });
  try {
    reply(200, await route((await json(request)) as never));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply(error instanceof Refusal ? 200 : 500, { errors: [{ message }] });
  }
});

serveBaseline(server, port, pool);
