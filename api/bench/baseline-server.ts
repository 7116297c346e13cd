import type { Server } from 'node:http';
import pg from 'pg';

/**
 * What every baseline server of the bench starts from: DATABASE_URL and PORT from the bench, and a
 * pool of the API's default size (DB_POOL_MAX), so that both hold as many connections.
 */
export function baselinePool(name: string): { pool: pg.Pool; port: number } {
  const databaseUrl = process.env.DATABASE_URL;
  const port = Number(process.env.PORT);
  if (!databaseUrl || !Number.isInteger(port)) {
    console.error(`${name} needs DATABASE_URL and PORT`);
    process.exit(1);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  // An idle connection closed by the server (PostgreSQL stopping first on Ctrl-C) is not a crash.
  pool.on('error', (error) => console.error(`idle connection lost: ${error.message}`));
  return { pool, port };
}

/** Listens on loopback, and on SIGTERM or SIGINT closes the server and the pool, then exits. */
export function serveBaseline(server: Server, port: number, pool: pg.Pool): void {
  server.listen(port, '127.0.0.1');
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
