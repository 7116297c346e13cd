/**
 * npm run bench [-- --scale F | --nominations N --experts M] [--only Q1,M2,…] [--duration S] …
 * Seeds a synthetic cycle into a scratch database, starts the API as production runs it, and measures
 * each workload of issue 8 beside its baseline in the same run. See README.md beside this file.
 */
import { cpus } from 'node:os';
import { relative } from 'node:path';
import { Cleanup } from '../test/process-cleanup.js';
import { benchFanOut } from './fanout/index.js';
import { parseBenchOptions } from './options.js';
import { benchReads } from './reads/index.js';
import { goalTable, table } from './report.js';
import { logIn } from './requests.js';
import {
  createChairAccount,
  createScratchDatabase,
  postgresVersion,
  seedSyntheticCycle,
  syntheticCycleId,
} from './scratch-database.js';
import { startApiProcess } from './servers.js';
import type { BenchSetup, SectionReport } from './setup.js';
import { benchWrites } from './writes/index.js';

/** Each part of the bench, with the workloads it measures. */
const SECTIONS = [
  { workloads: ['Q1', 'Q2', 'Q3'], run: benchReads },
  { workloads: ['M1', 'M2'], run: benchWrites },
  { workloads: ['S1'], run: benchFanOut },
] as const satisfies {
  workloads: readonly string[];
  run: (setup: BenchSetup) => Promise<SectionReport>;
}[];

async function bench(cleanup: Cleanup): Promise<void> {
  const flags = process.argv.slice(2);
  const options = parseBenchOptions(flags);
  const command = ['tsx', relative(process.cwd(), process.argv[1]), ...flags].join(' ');
  const viaNpm = ['npm run bench', ...(flags.length ? ['--', ...flags] : [])].join(' ');
  console.log(`command: ${process.env.npm_lifecycle_event === 'bench' ? `${viaNpm} (${command})` : command}`);

  const database = await createScratchDatabase(options.databaseUrl, cleanup);
  const seedingStarted = performance.now();
  await seedSyntheticCycle(database.url, options, cleanup);
  const seedingSeconds = (performance.now() - seedingStarted) / 1000;
  console.log(`seeding (migrations, synthetic cycle, results): ${seedingSeconds.toFixed(1)} s`);
  const chair = await createChairAccount(database.url);
  const api = await startApiProcess(database.url, cleanup);
  const setup: BenchSetup = {
    options,
    cleanup,
    databaseUrl: database.url,
    cycleId: await syntheticCycleId(database.url),
    api,
    chairToken: await logIn(api.url, chair),
  };

  const reports: SectionReport[] = [];
  for (const section of SECTIONS) {
    if (!section.workloads.some((workload) => options.only.has(workload))) continue;
    console.log(`measuring ${section.workloads.join(', ')}…`);
    reports.push(await section.run(setup));
    if (api.child.hasExited) throw new Error('the API exited during the load');
  }

  const loads = reports.flatMap((report) => report.results);
  console.log(`
${loads.length ? table(loads) : ''}

${reports.flatMap((report) => report.lines).join('\n')}

${goalTable(reports.flatMap((report) => report.goals))}

scale: ${options.nominations} nominations, ${options.experts} experts (seeded in ${seedingSeconds.toFixed(1)} s)
load: autocannon in the bench process, ${options.connections} connections, ${options.warmUpSeconds} s warm-up + ${options.durationSeconds} s per workload
database: ${database.server}, PostgreSQL ${await postgresVersion(database.url)}
node: ${process.version}, cpus: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}
date: ${new Date().toISOString()}
(a shared, noisy machine: compare the rows and ratios of this run, not figures across runs)`);
}

const cleanup = new Cleanup();
let exitCode = 0;
try {
  await bench(cleanup);
} catch (error) {
  exitCode = 1;
  if (!cleanup.isRunning) console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
}
await cleanup.run();
process.exit(exitCode);
