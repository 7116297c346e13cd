import { type MemorySample, meansOf } from './memory.js';
import type { SoakOptions } from './options.js';
import type { Progress } from './progress-check.js';
import { failuresIn, RSS_MARGIN_PERCENT, type SoakFindings, type StreamTally } from './verdict.js';
import type { Round } from './workload.js';

/** Everything the soak prints at the end. */
export interface SoakReport {
  options: SoakOptions;
  databaseServer: string;
  findings: SoakFindings;
  failures: string[];
  measured: { tallies: StreamTally[]; rounds: Round[] };
  /** the first few answers that were not data without errors */
  badBodies: string[];
  memory: { pid: number; atRest: MemorySample | undefined; samples: MemorySample[] };
  consoles: { shown: (Progress | undefined)[]; truth: Progress; settledSeconds: number };
}

const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const percent = (value: number | undefined) =>
  value === undefined ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
const sumOf = <T>(items: T[], figure: (item: T) => number) =>
  items.reduce((total, item) => total + figure(item), 0);

/** The table of streams over the measured run: planned and sent, latency, failures; a total row. */
function streamTable(tallies: StreamTally[], seconds: number): string[] {
  const row = (cells: (string | number)[]) =>
    cells.map((cell, index) => (index === 0 ? String(cell).padEnd(20) : String(cell).padStart(8))).join(' ');
  const total = (figure: (tally: StreamTally) => number) => sumOf(tallies, figure);
  return [
    row(['stream', 'planned', 'sent', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'bad']),
    ...tallies.map((tally) =>
      row([
        tally.name,
        tally.planned,
        tally.requests,
        (tally.requests / seconds).toFixed(1),
        tally.p50Ms,
        tally.p99Ms,
        tally.non2xx,
        tally.errors,
        tally.badBodies,
      ]),
    ),
    row([
      'all',
      total((tally) => tally.planned),
      total((tally) => tally.requests),
      (total((tally) => tally.requests) / seconds).toFixed(1),
      '',
      '',
      total((tally) => tally.non2xx),
      total((tally) => tally.errors),
      total((tally) => tally.badBodies),
    ]),
    '(p50: the median of the 2-second rounds’ p50; p99: the worst round’s p99; planned: the rates; sent',
    ' below planned means the API, or this shared machine, did not keep up)',
  ];
}

function errorRateLine(tallies: StreamTally[]): string {
  const requests = sumOf(tallies, (tally) => tally.requests + tally.errors);
  const failed = sumOf(tallies, failuresIn);
  return `error rate (warm-up included): ${failed} of ${requests} requests failed (${((failed / Math.max(1, requests)) * 100).toFixed(3)} %)`;
}

/** Requests, failures and the API's mean memory per minute of the measured run. */
function minuteTable(rounds: Round[], samples: MemorySample[], minutes: number): string[] {
  const row = (cells: (string | number)[]) => cells.map((cell) => String(cell).padStart(9)).join(' ');
  return [
    row(['minute', 'requests', 'failed', 'RSS MB', 'heap MB']),
    ...Array.from({ length: minutes }, (_, minute) => {
      const inMinute = <T>(items: T[], at: (item: T) => number) =>
        items.filter((item) => at(item) >= minute * 60 && at(item) < (minute + 1) * 60);
      const results = inMinute(rounds, (round) => round.atSeconds).map((round) => round.result);
      const memory = meansOf(inMinute(samples, (sample) => sample.atSeconds));
      return row([
        minute + 1,
        sumOf(results, (result) => result.requests),
        sumOf(results, (result) => result.non2xx + result.errors + result.mismatches),
        mb(memory.rssMb),
        mb(memory.heapMb),
      ]);
    }),
  ];
}

function memoryLines({ findings, memory: { pid, atRest } }: SoakReport): string[] {
  const { memory } = findings;
  const rest = atRest && meansOf([atRest]);
  return [
    `memory of the API's Node (pid ${pid}; RSS: /proc VmRSS; heap: its process.memoryUsage().heapUsed):`,
    `  at rest, consoles subscribed, before the load: RSS ${mb(rest?.rssMb)} MB, heap used ${mb(rest?.heapMb)} MB`,
    `  means over the first and the last ${memory.windowSeconds.toFixed(0)} s of the measured run: RSS ${mb(memory.first.rssMb)} → ${mb(memory.last.rssMb)} MB, ${percent(memory.rssPercent)} (margin ${RSS_MARGIN_PERCENT} %); heap used ${mb(memory.first.heapMb)} → ${mb(memory.last.heapMb)} MB, ${percent(memory.heapPercent)}`,
  ];
}

const countsOf = (progress: Progress) =>
  [...progress.categories]
    .sort((a, b) => a.category.localeCompare(b.category))
    .map((group) => `${group.category} ${group.assigned}/${group.drafted}/${group.submitted}`)
    .join(', ');

function consoleLines({ findings, consoles: { shown, truth, settledSeconds } }: SoakReport): string[] {
  const equal = findings.consoleDifferences.filter((differences) => differences.length === 0).length;
  const sequences = new Map<string, number>();
  for (const progress of shown) {
    const key = String(progress?.sequence ?? 'none');
    sequences.set(key, (sequences.get(key) ?? 0) + 1);
  }
  const sequenceList = [...sequences].map(([sequence, count]) => `${sequence} × ${count}`).join(', ');
  return [
    `consoles: ${shown.length} subscribed throughout (closed by the API ${findings.consolesClosed}, subscription errors ${findings.consoleErrors}); settled ${settledSeconds.toFixed(1)} s after the load stopped`,
    `  each console's sequence: ${sequenceList}; the database's: ${truth.sequence}`,
    `  database, per category (assigned/drafted/submitted): ${countsOf(truth)}; ${truth.experts.length} experts`,
    `  consoles equal to the database (sequence, every category, every expert): ${equal}/${shown.length}`,
  ];
}

/** The block the soak prints at the end, its verdict last. */
export function summaryBlock(report: SoakReport): string {
  const { options, findings, failures, badBodies } = report;
  const seconds = options.minutes * 60;
  return [
    '',
    `soak: ${options.minutes} min measured after a ${options.warmUpSeconds} s warm-up under the same load; ${options.nominations} nominations, ${options.experts} experts; ${options.consoles} chair consoles on graphql-ws throughout`,
    ...streamTable(report.measured.tallies, seconds),
    errorRateLine(findings.tallies),
    ...(badBodies.length ? ['first bad answers:', ...badBodies.map((body) => `  ${body}`)] : []),
    '',
    ...minuteTable(report.measured.rounds, report.memory.samples, options.minutes),
    ...memoryLines(report),
    '',
    ...consoleLines(report),
    '',
    `database: ${report.databaseServer}; node: ${process.version}; date: ${new Date().toISOString()}`,
    `verdict: ${failures.length ? ['FAILED', ...failures].join('\n  ') : 'load held (every check passed)'}`,
  ].join('\n');
}
