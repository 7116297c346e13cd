import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_PASSWORD } from '../test/test-api.js';
import { startApiProcess } from './api-process.js';
import { ChairConsole, type Progress, progressOverHttp } from './chair-console.js';
import { seededDatabase } from './drill-database.js';
import { type DrillReport, seconds } from './drill-report.js';
import { logIn } from './graphql-http.js';
import { startPrivateRedis } from './private-redis.js';
import { isSameProgress } from './progress-compare.js';
import { RequestStream, type Sent } from './request-stream.js';
import { prepareReviews, type Review, submit } from './review-sheets.js';
import { readResults, storedSheets } from './stored-sheets.js';
import { tallySubmissions } from './submission-check.js';
import { waitUntil } from './wait-until.js';

export interface RedisLossOptions {
  consoles: number;
  /** Submitted while Redis is lost: a third before, the rest while it is down. */
  submissions: number;
  /** Submitted once Redis is back. */
  submissionsAfter: number;
  /** The shortest time Redis stays down. */
  downMs: number;
  concurrency: number;
  intervalMs: number;
}

/**
 * Two API instances share Redis for their events. Consoles watch on instance B while experts submit
 * through A; Redis is killed mid-stream, the stream goes on, Redis comes back (empty). Every write must
 * succeed meanwhile, and the consoles on B must come back to the true state by themselves.
 */
export async function redisLossDrill(options: RedisLossOptions): Promise<DrillReport> {
  const databaseUrl = await seededDatabase();
  const redis = await startPrivateRedis();
  const [a, b] = await Promise.all(
    ['api A', 'api B'].map((name) =>
      startApiProcess(name, { DATABASE_URL: databaseUrl, REDIS_URL: redis.url }),
    ),
  );
  const reviews = await prepareReviews(a.url, databaseUrl, options.submissions + options.submissionsAfter, {
    withDrafts: true,
  });
  const { cycleId } = reviews[0];
  const chair = await logIn(b.url, 'chair@example.com', DEMO_PASSWORD);
  const consoles = Array.from(
    { length: options.consoles },
    () => new ChairConsole(b.url.replace('http', 'ws'), chair, cycleId),
  );
  const failures: string[] = [];
  const converge = async (what: string): Promise<{ at: number; truth: Progress }> => {
    const truth = await progressOverHttp(b.url, chair, cycleId);
    const at = await waitUntil(
      () => consoles.every((console) => isSameProgress(console.latest, truth)),
      20_000,
    );
    if (at === undefined) failures.push(`the consoles on B did not converge ${what}`);
    return { at: at ?? performance.now(), truth };
  };
  try {
    await waitUntil(() => consoles.every((console) => console.latest), 20_000);
    const stream = new RequestStream(reviews.slice(0, options.submissions), submit, {
      ...options,
      apiUrl: () => a.url,
    });
    await stream.answered(Math.floor(options.submissions / 3));
    const killedAt = performance.now();
    await redis.kill();
    const during = await stream.done;
    const whileDown = during.filter(({ at }) => at > killedAt).length;
    await sleep(killedAt + options.downMs - performance.now());
    await redis.start();
    const returnedAt = performance.now();
    const afterReturn = await converge('after Redis returned');

    const after = await new RequestStream(reviews.slice(options.submissions), submit, {
      ...options,
      apiUrl: () => a.url,
    }).done;
    const lastAnswerAt = Math.max(...after.map(({ at }) => at));
    const atEnd = await converge('after the submissions that followed');

    const first: Sent<Review>[] = [...during, ...after];
    await readResults(a.url, cycleId);
    const stored = await storedSheets(
      databaseUrl,
      reviews.map((review) => review.assignmentId),
    );
    const tally = tallySubmissions(first, [], stored);
    if (tally.acknowledged < first.length)
      failures.push(`${first.length - tally.acknowledged} submissions failed while Redis was away`);
    return {
      summary:
        `redis-loss: injected 1 kill of Redis (${seconds(returnedAt - killedAt)} down) under 2 API instances, ` +
        `${reviews.length} submissions through A (${whileDown} while Redis was down, ${after.length} after it returned), ` +
        `${options.consoles} consoles on B; acknowledged ${tally.acknowledged}, stored ${tally.stored}, ` +
        `lost ${tally.lost}, double ${tally.double}; the consoles on B converged ` +
        `${seconds(afterReturn.at - returnedAt)} after Redis returned (sequence ${afterReturn.truth.sequence}) ` +
        `and ${seconds(atEnd.at - lastAnswerAt)} after the last submission (sequence ${atEnd.truth.sequence})`,
      failures: [...failures, ...tally.failures],
    };
  } finally {
    await Promise.all(consoles.map((console) => console.dispose()));
  }
}
