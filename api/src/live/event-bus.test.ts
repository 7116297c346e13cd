import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { isRedisServerMissing, startPrivateRedis } from '../../drills/private-redis.js';
import { waitUntil } from '../../drills/wait-until.js';
import { createEventBus, type LiveEvents } from './event-bus.js';

const log = pino({ level: 'silent' });

/** The next change heard on `changes`, published again and again until it is (a subscription takes a moment). */
async function nextHeard(
  changes: AsyncIterator<{ sequence: number }>,
  publishing: LiveEvents,
  sequence: number,
): Promise<number | undefined> {
  let heard: number | undefined;
  const next = changes.next().then(({ value }) => {
    heard = value?.sequence;
  });
  for (let attempt = 0; heard === undefined && attempt < 100; attempt++) {
    publishing.bus.publish('LIVE_CHANGED', 'cycle-1', { sequence });
    await Promise.race([next, sleep(100)]);
  }
  return heard;
}

/** issue 9: an instance hears when its subscriptions to Redis are back, to catch up on what it missed. */
it.skipIf(isRedisServerMissing('event bus'))(
  'tells an instance that its subscriptions are back after Redis returns',
  async () => {
    const redis = await startPrivateRedis();
    let resubscriptions = 0;
    const watching = createEventBus(redis.url, log, async () => {
      resubscriptions++;
    });
    const publishing = createEventBus(redis.url, log);
    const changes = watching.bus.subscribe('LIVE_CHANGED', 'cycle-1');
    try {
      expect(await nextHeard(changes, publishing, 1)).toBe(1);
      await redis.kill();
      await redis.start();
      expect(await waitUntil(() => resubscriptions === 1, 20_000)).toBeDefined();
      // Told once its subscription is back: what is published from then on reaches it.
      publishing.bus.publish('LIVE_CHANGED', 'cycle-1', { sequence: 2 });
      let heard = await changes.next();
      // Repeats of the first publish may still be on their way.
      while (heard.value?.sequence === 1) heard = await changes.next();
      expect(heard.value?.sequence).toBe(2);
    } finally {
      await changes.return?.();
      await Promise.all([watching.close(), publishing.close()]);
    }
  },
);

/**
 * The event target sends UNSUBSCRIBE without looking at its answer: closing the bus while it was on its way
 * rejected it with "Connection is closed." and nobody handled that (vitest fails a run on such a rejection).
 */
it.skipIf(isRedisServerMissing('event bus'))(
  'closes while an unsubscribe is on its way, quietly',
  async () => {
    const redis = await startPrivateRedis();
    const events = createEventBus(redis.url, log);
    const publishing = createEventBus(redis.url, log);
    const changes = events.bus.subscribe('LIVE_CHANGED', 'cycle-1');
    try {
      expect(await nextHeard(changes, publishing, 1)).toBe(1);
    } finally {
      void changes.return?.();
      await Promise.all([events.close(), publishing.close()]);
    }
    // A rejection nobody handles is reported once the promise is collected: give it the time to surface.
    await sleep(200);
  },
);
