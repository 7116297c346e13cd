import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { afterThisFile } from '../test/file-cleanup.js';
import { freePort } from '../test/postgres-server.js';

export interface PrivatePostgres {
  /** The `award` database of the server: the same URL before and after a restart. */
  url: string;
  /** A fast shutdown (SIGINT): open transactions are rolled back, every connection is cut. */
  stop(): Promise<void>;
  /** Starts the server again on the same folder and port. */
  start(): Promise<void>;
}

/**
 * An embedded PostgreSQL of the drill's own, on a free port and a temporary folder, so that stopping
 * it disturbs no other test; stopped and thrown away after the test file.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const options = { dataDir: mkdtempSync(join(tmpdir(), 'award-drill-pg-')), port: await freePort() };
  const log = pino({ level: 'warn' });
  let running: EmbeddedDatabase | undefined = await startEmbeddedPostgres(options, log);
  afterThisFile(async () => {
    await running?.stop();
    rmSync(options.dataDir, { recursive: true, force: true });
  });
  return {
    url: running.url,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startEmbeddedPostgres(options, log);
    },
  };
}
