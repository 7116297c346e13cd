import type { MemoryGrowth } from './memory.js';
import type { Round } from './workload.js';

/**
 * The most the API's resident memory may grow from the first minute of the measured run to the last.
 * The run starts after a warm-up under the same load, so code, caches and pools have reached their size;
 * what grows after that grows with the requests served, which a leak does and a steady state does not.
 * 10 % leaves room for the heap's own breathing (V8 grows a space and gives it back minutes later).
 */
export const RSS_MARGIN_PERCENT = 10;

/** A stream's requests over some rounds, and how they went. */
export interface StreamTally {
  name: string;
  planned: number;
  requests: number;
  non2xx: number;
  /** connection errors and timeouts */
  errors: number;
  /** answers other than data without errors (a non-2xx one counts here too) */
  badBodies: number;
  /** the median of the rounds' p50, and the worst round's p99 */
  p50Ms: number;
  p99Ms: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function tallyOf(name: string, planned: number, rounds: Round[]): StreamTally {
  const results = rounds.filter((round) => round.stream === name).map((round) => round.result);
  const sum = (figure: (result: Round['result']) => number) =>
    results.reduce((total, result) => total + figure(result), 0);
  return {
    name,
    planned,
    requests: sum((result) => result.requests),
    non2xx: sum((result) => result.non2xx),
    errors: sum((result) => result.errors),
    badBodies: sum((result) => result.mismatches),
    p50Ms: median(results.map((result) => result.p50Ms)),
    p99Ms: Math.max(0, ...results.map((result) => result.p99Ms)),
  };
}

/** Requests that failed in any way: a request both non-2xx and a bad body is counted twice. */
export const failuresIn = (tally: StreamTally): number => tally.non2xx + tally.errors + tally.badBodies;

/** What the soak found, for the verdict. */
export interface SoakFindings {
  /** warm-up and measured run together: a failure counts wherever it happened */
  tallies: StreamTally[];
  memory: MemoryGrowth;
  /** per console, where its last snapshot differs from the database (empty when equal) */
  consoleDifferences: string[][];
  /** consoles whose socket closed, and error messages received on subscriptions */
  consolesClosed: number;
  consoleErrors: number;
  apiExited: boolean;
}

/** Each check that failed, in words; none when the load was held. */
export function soakFailures(findings: SoakFindings): string[] {
  const failed = findings.tallies.reduce((sum, tally) => sum + failuresIn(tally), 0);
  const unequal = findings.consoleDifferences.filter((differences) => differences.length > 0);
  return [
    ...(findings.apiExited ? ['the API exited during the soak'] : []),
    ...(failed > 0 ? [`${failed} requests failed (non-2xx, connection errors, errors in the answer)`] : []),
    ...(findings.memory.rssPercent > RSS_MARGIN_PERCENT
      ? [
          `resident memory grew ${findings.memory.rssPercent.toFixed(1)} % from the first window to the last (margin ${RSS_MARGIN_PERCENT} %)`,
        ]
      : []),
    ...(findings.consolesClosed > 0 ? [`${findings.consolesClosed} consoles were closed by the API`] : []),
    ...(findings.consoleErrors > 0
      ? [`${findings.consoleErrors} errors on the consoles’ subscriptions`]
      : []),
    ...(unequal.length > 0
      ? [`${unequal.length} consoles differ from the database, e.g. ${unequal[0].slice(0, 3).join('; ')}`]
      : []),
  ];
}
