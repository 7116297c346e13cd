/**
 * For the browser tests: starts the API on a free port over a fresh, migrated and seeded database
 * (on DATABASE_URL's server, or an embedded one), prints `API_READY <url>`, and cleans up on SIGTERM.
 */
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, dropDatabase, prepareDatabase, uniqueDatabaseName } from './databases.js';
import { startPostgresServer } from './postgres-server.js';
import { Cleanup } from './process-cleanup.js';

const cleanup = new Cleanup();
try {
  const server = await startPostgresServer(process.env.DATABASE_URL);
  cleanup.add('stop PostgreSQL', () => server.stop());
  const name = uniqueDatabaseName('award_e2e');
  const url = await createDatabase(server.adminUrl, name);
  // An embedded server is thrown away whole; a shared one keeps nothing of ours.
  if (!server.isEmbedded) cleanup.add(`drop ${name}`, () => dropDatabase(server.adminUrl, name));
  await prepareDatabase(url, { seed: true });
  const app = await startApp(
    loadConfig({ DATABASE_URL: url, PORT: process.env.PORT ?? '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
  );
  cleanup.add('stop the API', () => app.close());
  console.log(`API_READY ${app.url}`);
} catch (error) {
  console.error(error);
  await cleanup.run();
  process.exit(1);
}
