import { it } from 'vitest';
import { expectPassed } from '../../drills/drill-report.js';
import { postgresRestartDrill } from '../../drills/postgres-restart.js';

/** issue 9: PostgreSQL restarted in the middle of a stream of score-sheet submissions. */
it('stores every acknowledged submission once through a database restart, and recovers by itself', async () => {
  expectPassed(
    await postgresRestartDrill({
      submissions: 60,
      concurrency: 4,
      intervalMs: 70,
      downMs: 1500,
    }),
  );
}, 180_000);
