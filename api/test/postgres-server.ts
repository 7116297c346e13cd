import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

export interface PostgresServer {
  /** A URL of the server's maintenance database, for creating and dropping test databases. */
  adminUrl: string;
  /** An embedded server is thrown away whole on stop; its databases need no dropping. */
  isEmbedded: boolean;
  stop(): Promise<void>;
}

/**
 * The machine's PostgreSQL when DATABASE_URL is set, else an embedded one in a temporary folder,
 * started with `postgresFlags` (e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']`).
 */
export async function startPostgresServer(
  databaseUrl: string | undefined,
  postgresFlags: string[] = [],
): Promise<PostgresServer> {
  if (databaseUrl) return { adminUrl: databaseUrl, isEmbedded: false, stop: async () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'award-test-pg-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  // The embedded server stops itself on SIGINT/SIGTERM (postgres-process.ts) and exits: the folder goes then too.
  process.once('exit', removeDataDir);
  const embedded = await startEmbeddedPostgres(
    { dataDir, port: await freePort(), postgresFlags },
    pino({ level: 'warn' }),
  );
  return {
    adminUrl: embedded.url,
    isEmbedded: true,
    async stop() {
      try {
        await embedded.stop();
      } finally {
        removeDataDir();
      }
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
