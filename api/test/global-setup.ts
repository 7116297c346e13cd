import { register } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';
import { createDatabase, dropDatabase, prepareDatabase, uniqueDatabaseName } from './databases.js';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    seededTemplate: string;
  }
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one) and a migrated, seeded
 * template database that each test file copies into a fresh database of its own.
 */
export default async function setup(project: TestProject) {
  // The ORM imports the seeders by path with Node's own loader, outside Vite: let tsx compile them.
  const unregisterTsx = register();
  const server = await startPostgresServer(process.env.DATABASE_URL);
  const template = uniqueDatabaseName('award_template');
  await prepareDatabase(await createDatabase(server.adminUrl, template), { seed: true });
  project.provide('postgresAdminUrl', server.adminUrl);
  project.provide('seededTemplate', template);
  unregisterTsx();
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
