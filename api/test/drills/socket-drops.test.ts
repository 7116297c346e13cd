import { it } from 'vitest';
import { expectPassed } from '../../drills/drill-report.js';
import { socketDropsDrill } from '../../drills/socket-drops.js';

/** issue 9: the chair consoles' WebSockets dropped, several times, while submissions stream in. */
it('brings every console back to the true state after its sockets are cut under load', async () => {
  expectPassed(
    await socketDropsDrill({
      consoles: 20,
      submissions: 60,
      cutsAt: [0.25, 0.5, 0.75],
      concurrency: 4,
      intervalMs: 40,
    }),
  );
}, 180_000);
