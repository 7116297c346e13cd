/**
 * The ceiling: a bare node:http server answering each read workload with its one hand-written
 * statement (POST /Q1, /Q2, /Q3 with a JSON body `{ "params": [...] }`), PostgreSQL's JSON text passed
 * through unparsed. No GraphQL, no session check, no ORM, no audit: the least serving the page costs.
 * Run as a child process by the bench (DATABASE_URL, PORT).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { baselinePool, serveBaseline } from '../baseline-server.js';
import { RESULTS_SQL } from './q1-results-page.js';
import { OWN_ASSIGNMENTS_SQL } from './q2-own-assignments.js';
import { NOMINATION_IN_FULL_SQL } from './q3-nomination.js';

const STATEMENTS: Record<string, string> = {
  '/Q1': RESULTS_SQL,
  '/Q2': OWN_ASSIGNMENTS_SQL,
  '/Q3': NOMINATION_IN_FULL_SQL,
  '/healthz': `select '{"status":"ok"}' as body`,
};

const { pool, port } = baselinePool('raw-sql-server');

async function paramsOf(request: IncomingMessage): Promise<unknown[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? ((JSON.parse(text) as { params?: unknown[] }).params ?? []) : [];
}

const server = createServer((request, response) => {
  const sql = STATEMENTS[request.url ?? ''];
  const answer = (status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  };
  if (!sql) {
    request.resume();
    answer(404, JSON.stringify({ errors: [{ message: `no workload at ${request.url}` }] }));
    return;
  }
  paramsOf(request)
    .then((params) => pool.query<{ body: string }>(sql, params))
    .then(
      (result) => answer(200, result.rows[0]?.body ?? '{"data":null}'),
      (error: Error) => answer(500, JSON.stringify({ errors: [{ message: error.message }] })),
    );
});

serveBaseline(server, port, pool);
