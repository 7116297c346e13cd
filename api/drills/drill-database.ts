import { inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../test/databases.js';
import { afterThisFile } from '../test/file-cleanup.js';

/** A copy of the suite's seeded demo database for one drill, dropped after its test file. */
export async function seededDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = uniqueDatabaseName('award_drill');
  const url = await createDatabase(adminUrl, name, inject('seededTemplate'));
  afterThisFile(() => dropDatabase(adminUrl, name));
  return url;
}
