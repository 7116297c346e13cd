import { expect, it } from 'vitest';
import { postgresRestartDrill } from '../../drills/postgres-restart.js';

/** issue 9: PostgreSQL restarted in the middle of a stream of score-sheet submissions. */
it('stores every acknowledged submission once through a database restart, and recovers by itself', async () => {
  const report = await postgresRestartDrill({
    submissions: 100,
    concurrency: 4,
    intervalMs: 40,
    downMs: 1500,
  });
  console.log(report.summary);
  expect(report.failures).toEqual([]);
}, 180_000);
