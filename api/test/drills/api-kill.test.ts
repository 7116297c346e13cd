import { it } from 'vitest';
import { apiKillDrill } from '../../drills/api-kill.js';
import { expectPassed } from '../../drills/drill-report.js';

/** issue 9: an API process killed in the middle of a batch of draft saves and submissions. */
it('applies every write once through an API process killed mid-batch, and replays idempotent retries', async () => {
  expectPassed(await apiKillDrill({ writes: 60, concurrency: 8, intervalMs: 0 }));
}, 180_000);
