/**
 * Writes a migration for the difference between the entities and a scratch database that has every
 * existing migration applied. Usage: DATABASE_URL=postgres://…/scratch npm run migration:create -w @award/api
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { ormOptions } from './orm.config.js';

const config = loadConfig();
if (!config.databaseUrl) throw new Error('DATABASE_URL must point at a scratch database');
const orm = await MikroORM.init(ormOptions(config.databaseUrl));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
} finally {
  await orm.close();
}
