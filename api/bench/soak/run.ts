/**
 * npm run soak -w @award/api [-- --minutes 5 --nominations 2000 --experts 200 --consoles 20 --warm-up 30]
 * Issue 9, item 4 ("load held"): the benchmark's workload, mixed and sustained for a bounded number of
 * minutes against the API in production mode, with chair consoles subscribed the whole time. Passes when
 * no request failed, the API's memory stayed flat and every console shows the database's counts at the
 * end; prints a summary and exits non-zero otherwise. Set up as the bench is (../run.ts).
 */
import { Cleanup } from '../../test/process-cleanup.js';
import { logIn } from '../requests.js';
import {
  createChairAccount,
  createScratchDatabase,
  seedSyntheticCycle,
  syntheticCycleId,
} from '../scratch-database.js';
import { startApiProcess } from '../servers.js';
import { SoakConsoles } from './consoles.js';
import { apiNodePid, MemorySampler, memoryGrowth, probeHeapOfNextApi } from './memory.js';
import { soakStreams } from './mix.js';
import { parseSoakOptions } from './options.js';
import { progressDifferences, progressOf } from './progress-check.js';
import { summaryBlock } from './summary.js';
import { soakFailures, tallyOf } from './verdict.js';
import { plannedRequests, type Round, type Stream, sustain } from './workload.js';

const SAMPLE_EVERY_MS = 2000;

const talliesOf = (streams: Stream[], rounds: Round[], seconds: number) =>
  streams.map((stream) => tallyOf(stream.name, plannedRequests(stream.perSecond, seconds), rounds));

/** The soak's failed checks (none when the load was held), after printing its summary. */
async function soak(cleanup: Cleanup): Promise<string[]> {
  const options = parseSoakOptions(process.argv.slice(2));
  const seconds = options.minutes * 60;
  const database = await createScratchDatabase(options.databaseUrl, cleanup);
  await seedSyntheticCycle(database.url, options, cleanup);
  const chair = await createChairAccount(database.url);
  const probe = probeHeapOfNextApi();
  cleanup.add('remove the heap probe’s folder', async () => probe.remove());
  const api = await startApiProcess(database.url, cleanup);
  const cycleId = await syntheticCycleId(database.url);
  const chairToken = await logIn(api.url, chair);
  const streams = await soakStreams(database.url, cycleId, chairToken, [options.warmUpSeconds, seconds]);
  const consoles = await SoakConsoles.open(api.url, chairToken, cycleId, options.consoles);
  cleanup.add('close the consoles', async () => consoles.close());
  const sampler = new MemorySampler(apiNodePid(api.child.process.pid as number), probe.dir);
  const graphql = `${api.url}/graphql`;

  const atRest = sampler.now();
  console.log(`warming up for ${options.warmUpSeconds} s…`);
  const warmUp = await sustain(graphql, streams, options.warmUpSeconds);
  console.log(`soaking for ${options.minutes} min…`);
  sampler.start(SAMPLE_EVERY_MS);
  let sent = 0;
  let minute = 0;
  const progress = setInterval(() => {
    const rss = (sampler.samples.at(-1)?.rssBytes ?? 0) / 2 ** 20;
    console.log(`  minute ${++minute}: ${sent} requests so far, RSS ${rss.toFixed(0)} MB`);
  }, 60_000);
  const measured = await sustain(graphql, streams, seconds, (round) => {
    sent += round.result.requests;
  });
  clearInterval(progress);
  sampler.stop();

  const loadStoppedAt = performance.now();
  const truth = await consoles.settled(database.url, cycleId);
  const shown = consoles.consoles.map((chairConsole) => progressOf(chairConsole.lastMessage));
  const findings = {
    tallies: talliesOf(streams, [...warmUp.rounds, ...measured.rounds], options.warmUpSeconds + seconds),
    memory: memoryGrowth(sampler.samples, seconds),
    consoleDifferences: shown.map((progress) => progressDifferences(progress, truth)),
    consolesClosed: consoles.closedEarly,
    consoleErrors: consoles.failures,
    apiExited: api.child.hasExited,
  };
  const failures = soakFailures(findings);
  console.log(
    summaryBlock({
      options,
      databaseServer: database.server,
      findings,
      failures,
      measured: { tallies: talliesOf(streams, measured.rounds, seconds), rounds: measured.rounds },
      badBodies: [...warmUp.badBodies, ...measured.badBodies],
      memory: { pid: sampler.pid, atRest, samples: sampler.samples },
      consoles: { shown, truth, settledSeconds: (performance.now() - loadStoppedAt) / 1000 },
    }),
  );
  return failures;
}

const cleanup = new Cleanup();
let exitCode = 0;
try {
  if ((await soak(cleanup)).length > 0) exitCode = 1;
} catch (error) {
  exitCode = 2;
  if (!cleanup.isRunning) console.error(`soak failed: ${error instanceof Error ? error.stack : error}`);
}
await cleanup.run();
process.exit(exitCode);
