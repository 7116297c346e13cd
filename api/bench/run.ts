/**
 * npm run bench [-- --nominations N --experts M --duration S --connections C --warm-up W]
 * Seeds a synthetic cycle into a scratch database, starts the API and the raw-SQL baseline in child
 * processes, loads both with Q1-lite and prints the figures. See README.md beside this file.
 */
import { cpus } from 'node:os';
import { relative } from 'node:path';
import { Cleanup } from '../test/process-cleanup.js';
import { load } from './load.js';
import { parseBenchOptions } from './options.js';
import { describePage, Q1_LITE_GRAPHQL } from './q1-lite.js';
import { table, throughputRatio } from './report.js';
import { graphqlTarget, logIn, sameDataFrom } from './requests.js';
import {
  createChairAccount,
  createScratchDatabase,
  postgresVersion,
  seedSyntheticCycle,
} from './scratch-database.js';
import { startApiProcess, startRawSqlProcess } from './servers.js';
import { statementsPerRequest } from './statement-count.js';

async function bench(cleanup: Cleanup): Promise<void> {
  const flags = process.argv.slice(2);
  const options = parseBenchOptions(flags);
  const command = ['tsx', relative(process.cwd(), process.argv[1]), ...flags].join(' ');
  const viaNpm = ['npm run bench', ...(flags.length ? ['--', ...flags] : [])].join(' ');
  console.log(`command: ${process.env.npm_lifecycle_event === 'bench' ? `${viaNpm} (${command})` : command}`);

  const database = await createScratchDatabase(process.env.DATABASE_URL, cleanup);
  const seedingStarted = performance.now();
  await seedSyntheticCycle(database.url, options, cleanup);
  const seedingSeconds = (performance.now() - seedingStarted) / 1000;
  console.log(`seeding (migrations + synthetic cycle): ${seedingSeconds.toFixed(1)} s`);
  const chair = await createChairAccount(database.url);

  const api = await startApiProcess(database.url, cleanup);
  const rawSql = await startRawSqlProcess(database.url, cleanup);
  const token = await logIn(api.url, chair);
  const apiTarget = graphqlTarget('Q1-lite API (GraphQL)', `${api.url}/graphql`, Q1_LITE_GRAPHQL, token);
  const rawTarget = graphqlTarget('Q1-lite raw SQL', `${rawSql.url}/`, Q1_LITE_GRAPHQL);
  const [apiBody, rawBody] = await sameDataFrom(apiTarget, rawTarget);
  console.log(`page: ${describePage(apiBody)}; same data from both (order included)`);
  console.log(`response bytes: API ${Buffer.byteLength(apiBody)}, raw SQL ${Buffer.byteLength(rawBody)}`);

  const results = [];
  for (const [target, body] of [
    [apiTarget, apiBody],
    [rawTarget, rawBody],
  ] as const) {
    console.log(
      `loading ${target.name}: ${options.warmUpSeconds} s warm-up, then ${options.durationSeconds} s…`,
    );
    results.push(await load(target, body, options));
    for (const server of [api, rawSql]) {
      if (server.child.hasExited) throw new Error(`${server.url} exited during the load`);
    }
  }

  const apiStatements = await statementsPerRequest(database.url, apiTarget);
  const rawStatements = await statementsPerRequest(database.url, rawTarget);

  console.log(`
${table(results)}

${throughputRatio(results[0], results[1])}
statements per request: ${
    apiStatements === undefined || rawStatements === undefined
      ? 'pg_stat_statements is not preloaded on this server; see api/test/statement-count.test.ts'
      : `API ${apiStatements.toFixed(1)}, raw SQL ${rawStatements.toFixed(1)} (pg_stat_statements)`
  }

scale: ${options.nominations} nominations, ${options.experts} experts (seeded in ${seedingSeconds.toFixed(1)} s)
load: autocannon in the bench process, ${options.connections} connections, ${options.warmUpSeconds} s warm-up + ${options.durationSeconds} s per workload
database: ${database.server}, PostgreSQL ${await postgresVersion(database.url)}
node: ${process.version}, cpus: ${cpus().length}
(a shared, noisy machine: compare the two rows of this run, not figures across runs)`);
}

const cleanup = new Cleanup();
let exitCode = 0;
try {
  await bench(cleanup);
} catch (error) {
  exitCode = 1;
  if (!cleanup.isRunning) console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
}
await cleanup.run();
process.exit(exitCode);
