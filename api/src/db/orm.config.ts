import { resolve } from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import * as domain from '../entities.js';

/** The entity classes among the domain's exports (the rest are enums). */
export const entities = Object.values(domain).filter(
  (value) => typeof value === 'function',
) as (new () => object)[];

/** Seeders live in the seeds workspace; the ORM loads them by path so the API need not depend on it. */
const seedersDir = resolve(import.meta.dirname, '../../../seeds/src/seeders');

export function ormOptions(clientUrl: string, poolMax = 20) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    pool: { min: 0, max: poolMax },
    migrations: {
      path: resolve(import.meta.dirname, 'migrations'),
      pathTs: resolve(import.meta.dirname, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    seeder: { path: seedersDir, pathTs: seedersDir, glob: '!(*.d).{js,ts}', defaultSeeder: 'DemoSeeder' },
    // Relations a resolver exposes go through DataLoaders; nothing is loaded behind the code's back.
    forceUndefined: false,
    debug: false,
  });
}
