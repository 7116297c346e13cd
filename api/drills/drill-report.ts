import { expect } from 'vitest';

/** What a drill found: its one-line summary, and what went wrong (nothing, when it passed). */
export interface DrillReport {
  summary: string;
  failures: string[];
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The failures of a check: each item that fails it, described, at most a few of them. */
export function failuresOf<T>(what: string, items: readonly T[], describe: (item: T) => string): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, 3).map(describe).join('; ');
  return [`${items.length} ${what}: ${shown}${items.length > 3 ? '; …' : ''}`];
}

/** Prints the drill's summary line, and fails the test with what went wrong. */
export function expectPassed(report: DrillReport): void {
  console.log(report.summary);
  expect(report.failures).toEqual([]);
}
