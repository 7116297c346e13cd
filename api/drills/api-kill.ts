import { startApiProcess } from './api-process.js';
import { seededDatabase } from './drill-database.js';
import { type DrillReport, seconds } from './drill-report.js';
import { idempotentWrites, requestOf, retry, tallyWrites } from './idempotent-writes.js';
import { inTurns } from './in-turns.js';
import { RequestStream } from './request-stream.js';
import { prepareReviews } from './review-sheets.js';
import { readResults, storedSheets } from './stored-sheets.js';

export interface ApiKillOptions {
  /** Half of them first saves of whole sheets, half submissions of saved ones. */
  writes: number;
  concurrency: number;
  intervalMs: number;
}

/**
 * Two API processes over one database, as behind a load balancer. Experts' draft saves and submissions,
 * each with an Idempotency-Key, go to the first, which is killed (SIGKILL) in the middle of the batch;
 * the rest go to the second, and every write is then retried there with its key.
 */
export async function apiKillDrill(options: ApiKillOptions): Promise<DrillReport> {
  const databaseUrl = await seededDatabase();
  const [doomed, survivor] = await Promise.all(
    ['api A', 'api B'].map((name) => startApiProcess(name, { DATABASE_URL: databaseUrl })),
  );
  const half = Math.floor(options.writes / 2);
  const toSave = await prepareReviews(doomed.url, databaseUrl, options.writes - half, { withDrafts: false });
  const toSubmit = await prepareReviews(doomed.url, databaseUrl, half, { withDrafts: true });
  const writes = idempotentWrites(toSave, toSubmit);

  let target = doomed.url;
  const stream = new RequestStream(writes, requestOf, { ...options, apiUrl: () => target });
  const answeredBeforeKill = Math.floor(writes.length / 3);
  await stream.answered(answeredBeforeKill);
  await doomed.kill();
  // The load balancer notices and sends the rest to the survivor.
  target = survivor.url;
  const first = await stream.done;

  let heldMs = 0;
  const retries = await inTurns(first, options.concurrency, async ({ item }) => {
    const retried = await retry(survivor.url, item);
    heldMs = Math.max(heldMs, retried.heldMs);
    return { item, outcome: retried.outcome, at: performance.now() };
  });
  await readResults(survivor.url, writes[0].review.cycleId);
  const stored = await storedSheets(
    databaseUrl,
    writes.map((write) => write.review.assignmentId),
  );
  const tally = tallyWrites(first, retries, stored);
  return {
    summary:
      `api-kill: injected 1 SIGKILL of API A after ${answeredBeforeKill} answers, during ${writes.length} writes ` +
      `(${toSave.length} first draft saves, ${toSubmit.length} submissions, each with an Idempotency-Key); ` +
      `acknowledged ${tally.acknowledged}, failed ${writes.length - tally.acknowledged} (${tally.failedBy}); ` +
      `all retried on API B: acknowledged ones replayed ${tally.replayed}/${tally.acknowledged}, ` +
      `failed ones ${tally.retriedBy} (their keys held by the dead process at most ${seconds(heldMs)}); ` +
      `stored ${tally.stored}, lost ${tally.lost}, not applied after the retry ${tally.unapplied}, double ${tally.double}, ` +
      `half-written ${tally.halfWritten}`,
    failures: tally.failures,
  };
}
