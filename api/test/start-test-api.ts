/**
 * For the browser tests: starts the API on a free port over a fresh, migrated and seeded database
 * (on DATABASE_URL's server, or an embedded one), prints `API_READY <url>`, and cleans up on SIGTERM.
 */
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, dropDatabase, prepareDatabase, uniqueDatabaseName } from './databases.js';
import { startPostgresServer } from './postgres-server.js';

const server = await startPostgresServer(process.env.DATABASE_URL);
const name = uniqueDatabaseName('award_e2e');
const url = await createDatabase(server.adminUrl, name);
await prepareDatabase(url, { seed: true });
const app = await startApp(
  loadConfig({ DATABASE_URL: url, PORT: process.env.PORT ?? '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
);
console.log(`API_READY ${app.url}`);

let isStopping = false;
async function stop() {
  if (isStopping) return;
  isStopping = true;
  try {
    await app.close();
    if (!server.isEmbedded) await dropDatabase(server.adminUrl, name);
  } finally {
    await server.stop();
    process.exit(0);
  }
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
