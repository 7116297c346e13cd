import { it } from 'vitest';
import { expectPassed } from '../../drills/drill-report.js';
import { isRedisServerMissing } from '../../drills/private-redis.js';
import { redisLossDrill } from '../../drills/redis-loss.js';

/** issue 9: Redis lost under two API instances while submissions stream and consoles watch. */
it.skipIf(isRedisServerMissing('redis-loss'))(
  'keeps every write while Redis is away, and brings the consoles of the other instance back',
  async () => {
    expectPassed(
      await redisLossDrill({
        consoles: 5,
        submissions: 45,
        submissionsAfter: 10,
        downMs: 2000,
        concurrency: 4,
        intervalMs: 40,
      }),
    );
  },
  180_000,
);
