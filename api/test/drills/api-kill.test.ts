import { expect, it } from 'vitest';
import { apiKillDrill } from '../../drills/api-kill.js';

/** issue 9: an API process killed in the middle of a batch of draft saves and submissions. */
it('applies every write once through an API process killed mid-batch, and replays idempotent retries', async () => {
  const report = await apiKillDrill({ writes: 60, concurrency: 6, intervalMs: 25 });
  console.log(report.summary);
  expect(report.failures).toEqual([]);
}, 180_000);
