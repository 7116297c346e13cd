import type { Cleanup } from '../test/process-cleanup.js';
import type { ChildServer } from './child-process.js';
import type { LoadResult } from './load.js';
import type { BenchOptions } from './options.js';

/** What every workload of the bench starts from: the seeded scratch database and the API over it. */
export interface BenchSetup {
  options: BenchOptions;
  cleanup: Cleanup;
  databaseUrl: string;
  /** the synthetic cycle */
  cycleId: string;
  /** the API as production starts it, in a child process */
  api: ChildServer;
  /** a bearer token of the chair */
  chairToken: string;
}

/** A goal of issue 8, as a ratio of two figures measured in this run. */
export interface Goal {
  goal: string;
  /** the figure, e.g. "API / PostGraphile throughput" */
  measured: string;
  value: number | undefined;
  /** the least (or, with `atMost`, the most) the value may be */
  target: number;
  atMost?: boolean;
}

/** What a workload prints: rows for the load table, lines of figures, and the goals it checks. */
export interface SectionReport {
  results: LoadResult[];
  lines: string[];
  goals: Goal[];
}
