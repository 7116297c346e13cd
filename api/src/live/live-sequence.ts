import type { EntityManager } from '@mikro-orm/postgresql';
import type { Publish } from './commit-then-publish.js';

/**
 * Counts the changes of a cycle that the chair's console shows (reviewers, sheets started, submitted
 * or reopened, votes), inside each change's transaction: a snapshot read in one transaction carries the
 * count of the changes it includes, so a console keeps the newest snapshot and never counts one twice.
 * After the commit, the console's instances hear of it and read a fresh snapshot. A change that
 * `movesResults` (a sheet submitted or reopened, a reviewer gone) also leaves the cycle's results to
 * be recomputed by their next reader (results/results-freshness.ts).
 */
export async function recordLiveChange(
  em: EntityManager,
  publish: Publish,
  cycleId: string,
  { movesResults = false } = {},
): Promise<number> {
  const resultsChanges = movesResults ? 1 : 0;
  const [row] = await em.execute<{ value: string }[]>(
    `insert into live_sequence (cycle_id, value, results_changes) values (?, 1, ?)
     on conflict (cycle_id) do update set value = live_sequence.value + 1,
       results_changes = live_sequence.results_changes + excluded.results_changes
     returning value`,
    [cycleId, resultsChanges],
  );
  const sequence = Number(row.value);
  publish('LIVE_CHANGED', cycleId, { sequence });
  return sequence;
}
