/**
 * The baseline: a bare node:http server answering every request with Q1-lite's one SQL statement,
 * PostgreSQL's JSON text passed through unparsed. No GraphQL, no session check, no ORM: the floor
 * of what serving this page costs. Run as a child process by the bench (DATABASE_URL, PORT).
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { CATEGORY, PAGE_SIZE, Q1_LITE_SQL } from './q1-lite.js';

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!databaseUrl || !Number.isInteger(port)) {
  console.error('raw-sql-server needs DATABASE_URL and PORT');
  process.exit(1);
}

// The API's default pool size (DB_POOL_MAX), so that both hold as many connections.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
// An idle connection closed by the server (PostgreSQL stopping first on Ctrl-C) is not a crash.
pool.on('error', (error) => console.error(`idle connection lost: ${error.message}`));

const server = createServer((request, response) => {
  request.resume();
  const query =
    request.url === '/healthz'
      ? pool.query<{ body: string }>(`select '{"status":"ok"}' as body`)
      : pool.query<{ body: string }>(Q1_LITE_SQL, [CATEGORY, PAGE_SIZE]);
  query.then(
    (result) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(result.rows[0].body);
    },
    (error: Error) => {
      response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ errors: [{ message: error.message }] }));
    },
  );
});

server.listen(port, '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
