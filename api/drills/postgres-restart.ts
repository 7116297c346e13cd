import { setTimeout as sleep } from 'node:timers/promises';
import { startApiProcess } from './api-process.js';
import { type DrillReport, seconds } from './drill-report.js';
import { send } from './graphql-http.js';
import { inTurns } from './in-turns.js';
import { startPrivatePostgres } from './private-postgres.js';
import { RequestStream } from './request-stream.js';
import { prepareReviews, type Review, submit } from './review-sheets.js';
import { readResults, storedSheets } from './stored-sheets.js';
import { tallySubmissions } from './submission-check.js';

export interface PostgresRestartOptions {
  submissions: number;
  concurrency: number;
  /** The pace of the stream: one submission started every `intervalMs` at most. */
  intervalMs: number;
  /** How long the database stays down. */
  downMs: number;
}

/**
 * Experts submit their sheets while the database is stopped (fast shutdown: every connection cut,
 * open transactions rolled back) and started again. The API is not restarted: it must answer again
 * by itself; what it acknowledged must be stored once, what failed must succeed when retried.
 */
export async function postgresRestartDrill(options: PostgresRestartOptions): Promise<DrillReport> {
  const postgres = await startPrivatePostgres();
  const api = await startApiProcess('api', { DATABASE_URL: postgres.url, SEED_DEMO_DATA: 'true' });
  const reviews = await prepareReviews(api.url, postgres.url, options.submissions, { withDrafts: true });

  const stream = new RequestStream(reviews, submit, {
    apiUrl: () => api.url,
    concurrency: options.concurrency,
    intervalMs: options.intervalMs,
  });
  await stream.answered(Math.floor(options.submissions / 4));
  const stoppedAt = performance.now();
  await postgres.stop();
  await sleep(options.downMs);
  await postgres.start();
  const startedAt = performance.now();
  const answeredAt = await firstAnswer(api.url, reviews[0]);
  const first = await stream.done;

  const failed = first.filter(({ outcome }) => outcome.kind !== 'answered');
  const retries = await inTurns(failed, options.concurrency, async ({ item }) => ({
    item,
    outcome: await send(api.url, submit(item)),
    at: performance.now(),
  }));
  await readResults(api.url, reviews[0].cycleId);
  const stored = await storedSheets(
    postgres.url,
    reviews.map((review) => review.assignmentId),
  );
  const tally = tallySubmissions(first, retries, stored);
  const failures = [...tally.failures];
  if (api.child.hasExited) failures.push('the API process exited');
  return {
    summary:
      `postgres-restart: injected 1 restart (fast shutdown, ${seconds(startedAt - stoppedAt)} down) during ${reviews.length} submissions; ` +
      `acknowledged ${tally.acknowledged}, stored ${tally.stored}, failed cleanly ${tally.failedCleanly} (${tally.failedBy}), ` +
      `retried ${tally.retried}, lost ${tally.lost}, double ${tally.double}; ` +
      `API answered again ${seconds(answeredAt - startedAt)} after the database`,
    failures,
  };
}

/** When the API first answers a read that needs the database again (each try as a client's). */
async function firstAnswer(apiUrl: string, review: Review): Promise<number> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const outcome = await send(apiUrl, { query: '{ awardCycles { id } }', token: review.token }, 5000);
    if (outcome.kind === 'answered') return performance.now();
    await sleep(50);
  }
  throw new Error('the API did not answer within 60 s of the database coming back');
}
