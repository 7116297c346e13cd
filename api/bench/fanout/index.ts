import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChildServer } from '../child-process.js';
import { queryOne } from '../scratch-database.js';
import type { BenchSetup, SectionReport } from '../setup.js';
import { completeDrafts, draftSheets, openSessions } from '../writes/prepare.js';
import { apiConsole, openConsoles, rawConsole, type TimedConsole } from './consoles.js';

const EVENTS = 5;
/** How long an event may take to reach a console before it counts as lost. */
const ARRIVAL_LIMIT_MS = 60_000;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitScoreSheet(id: $id, version: $version) { version } }`;

interface FanOut {
  /** publish-to-receive, per console and event, in ms */
  latencies: number[];
  bytes: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Waits until `isDone` holds (the ranking recomputed behind the last event, say) and no console has
 * received anything for `quietMs`, so that no event queues behind the one before.
 */
async function settle(
  consoles: TimedConsole[],
  isDone: () => Promise<boolean>,
  quietMs = 2000,
  maxMs = 120_000,
): Promise<void> {
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    const last = Math.max(...consoles.map((one) => one.arrivedAt));
    if (performance.now() - last >= quietMs && (await isDone())) return;
    await sleep(200);
  }
}

/** The API's results cover every change (live/results-refresher.ts has caught up). */
const resultsCaughtUp = (databaseUrl: string) => async () =>
  (
    await queryOne<{ current: boolean }>(
      databaseUrl,
      'select coalesce(bool_and(results_computed >= results_changes), true) as current from live_sequence',
    )
  ).current;

/**
 * Sends `EVENTS` + 1 events (the first to warm up) with `publish`, each once the consoles are quiet,
 * and times each console's first newer message from the moment the publisher acknowledged it.
 */
async function measure(
  name: string,
  consoles: TimedConsole[],
  publish: (event: number) => Promise<void>,
  isDone: () => Promise<boolean> = async () => true,
): Promise<FanOut> {
  const latencies: number[] = [];
  let missed = 0;
  for (let event = 0; event <= EVENTS; event++) {
    await settle(consoles, isDone);
    const before = Math.max(...consoles.map((one) => one.sequence));
    const arrivals = consoles.map((one) => one.newerThan(before));
    await publish(event);
    const publishedAt = performance.now();
    const arrived = await Promise.all(
      arrivals.map((arrival) => Promise.race([arrival, sleep(ARRIVAL_LIMIT_MS).then(() => undefined)])),
    );
    const received = arrived.filter((at) => at !== undefined);
    missed += arrived.length - received.length;
    console.log(
      `${name}: event ${event}${event === 0 ? ' (warm-up)' : ''} reached ${received.length} of ${consoles.length} consoles, the last after ${(Math.max(...received) - publishedAt).toFixed(0)} ms`,
    );
    if (event > 0) latencies.push(...received.map((at) => at - publishedAt));
  }
  const closed = consoles.filter((one) => one.closed);
  if (closed.length > 0) throw new Error(`${name}: ${closed.length} consoles closed (${closed[0].closed})`);
  if (missed > 0)
    throw new Error(`${name}: ${missed} console-events never arrived within ${ARRIVAL_LIMIT_MS} ms`);
  return { latencies: latencies.sort((a, b) => a - b), bytes: consoles[0].lastMessage?.length ?? 0 };
}

function row(name: string, fanOut: FanOut, consoles: number): string {
  const { latencies } = fanOut;
  return [
    name.padEnd(22),
    String(consoles).padStart(8),
    String(EVENTS).padStart(6),
    String(fanOut.bytes).padStart(9),
    percentile(latencies, 50).toFixed(1).padStart(8),
    percentile(latencies, 99).toFixed(1).padStart(8),
    latencies[latencies.length - 1].toFixed(1).padStart(8),
  ].join('  ');
}

/**
 * S1: a sheet's submission fanned out to `--subscribers` chair consoles subscribed through the API,
 * against the same message broadcast by a bare ws server to as many sockets, in the same run.
 */
export async function benchFanOut(setup: BenchSetup): Promise<SectionReport> {
  const { options, databaseUrl, cleanup, api } = setup;
  const sheets = await draftSheets(databaseUrl, EVENTS + 1);
  await completeDrafts(databaseUrl, sheets);
  const tokens = await openSessions(
    databaseUrl,
    sheets.map((sheet) => sheet.userId),
  );

  const opening = performance.now();
  const consoles = await openConsoles(
    options.subscribers,
    () => apiConsole(`${api.url.replace('http', 'ws')}/graphql`, setup.chairToken, setup.cycleId),
    (one) => one.newerThan(-1),
  );
  console.log(
    `S1: ${consoles.length} consoles subscribed in ${((performance.now() - opening) / 1000).toFixed(1)} s`,
  );
  const throughApi = await measure(
    'S1 API',
    consoles,
    async (event) => {
      const sheet = sheets[event];
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(sheet.userId)}` },
        body: JSON.stringify({ query: SUBMIT, variables: { id: sheet.sheetId, version: sheet.version } }),
      });
      const body = await response.text();
      if (!body.startsWith('{"data":{'))
        throw new Error(`S1's submission was refused: ${body.slice(0, 300)}`);
    },
    resultsCaughtUp(databaseUrl),
  );
  const message = consoles[0].lastMessage?.toString() ?? '';
  for (const one of consoles) one.close();

  const raw = await startChildServer({
    name: 'raw-ws',
    cwd: resolve(import.meta.dirname, '../..'),
    script: 'bench/fanout/raw-broadcast-server.ts',
    env: {},
    readyPath: '/healthz',
    onStart: (child) => cleanup.add('stop the raw ws server', () => child.stop()),
  });
  const listeners = await openConsoles(
    options.subscribers,
    () => rawConsole(raw.url.replace('http', 'ws')),
    async () => {},
  );
  let sequence = 0;
  const broadcast = await measure('S1 raw ws', listeners, async () => {
    const response = await fetch(`${raw.url}/broadcast`, {
      method: 'POST',
      body: message.replace(/"sequence":\d+/, `"sequence":${++sequence}`),
    });
    if (Number(await response.text()) !== listeners.length) throw new Error('a raw listener is missing');
  });
  for (const listener of listeners) listener.close();

  return {
    results: [],
    lines: [
      `S1: a sheet submitted through the API, ${EVENTS} times (after one to warm up), each fanned out to every console; the same message broadcast as often by a bare ws server`,
      ['fan-out'.padEnd(22), 'consoles', 'events', 'msg bytes', ' p50 ms', ' p99 ms', ' max ms'].join('  '),
      row('S1 API (graphql-ws)', throughApi, consoles.length),
      row('S1 raw ws broadcast', broadcast, listeners.length),
      '(from the publisher acknowledging the event, its HTTP answer, to each console receiving it)',
    ],
    goals: [
      {
        goal: 'S1 publish-to-receive p99 within twice the raw broadcast’s',
        measured: 'API p99 / raw ws p99',
        value: percentile(throughApi.latencies, 99) / percentile(broadcast.latencies, 99),
        target: 2,
        atMost: true,
      },
    ],
  };
}
