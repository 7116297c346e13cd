import { expect, it } from 'vitest';
import { socketDropsDrill } from '../../drills/socket-drops.js';

/** issue 9: the chair consoles' WebSockets dropped, several times, while submissions stream in. */
it('brings every console back to the true state after its sockets are cut under load', async () => {
  const report = await socketDropsDrill({
    consoles: 20,
    submissions: 60,
    cutsAt: [0.25, 0.5, 0.75],
    concurrency: 4,
    intervalMs: 40,
  });
  console.log(report.summary);
  expect(report.failures).toEqual([]);
}, 180_000);
