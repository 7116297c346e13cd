import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormOptions } from './orm.config.js';

/** Advisory lock key of start-up (migrations and demo seeding); released with its connection. */
const STARTUP_LOCK = 4_240_2024;

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded server when there is none; applies pending
 * migrations; loads the demo cycle into an empty database when asked to.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.embeddedPostgres, log);
  const url = embedded?.url ?? (config.databaseUrl as string);
  const orm = await MikroORM.init(ormOptions(url, config.dbPoolMax));
  try {
    await whileHoldingStartupLock(url, async () => {
      const applied = await orm.migrator.up();
      if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      if (config.seedDemoData && (await isEmpty(orm))) {
        log.info('seeding the demo 2024 cycle');
        await orm.seeder.seedString('DemoSeeder');
      }
    });
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    url,
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}

/** Several instances may start at once over one database: one migrates and seeds, the others wait. */
async function whileHoldingStartupLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    await work();
  } finally {
    await client.end();
  }
}

async function isEmpty(orm: MikroORM): Promise<boolean> {
  return (await orm.em.fork().count(AwardCycle)) === 0;
}
