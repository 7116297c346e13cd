import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { failuresOf } from './drill-report.js';
import { describe, type GraphQLRequest, type Outcome, send } from './graphql-http.js';
import { countsOf, failuresBy, kindOf } from './outcome-counts.js';
import type { Sent } from './request-stream.js';
import { type Review, saveDraft, submit } from './review-sheets.js';
import { isHalfWritten, isSubmittedOnce, type StoredSheet } from './stored-sheets.js';

/** A first save of a whole sheet, or the submission of a saved one, sent with an Idempotency-Key. */
export interface IdempotentWrite {
  review: Review;
  kind: 'save' | 'submit';
  key: string;
}

export function idempotentWrites(toSave: Review[], toSubmit: Review[]): IdempotentWrite[] {
  const saves = toSave.map((review) => ({ review, kind: 'save' as const, key: randomUUID() }));
  const submissions = toSubmit.map((review) => ({ review, kind: 'submit' as const, key: randomUUID() }));
  return saves.flatMap((save, index) => [save, ...submissions.slice(index, index + 1)]);
}

/**
 * Sends a write's retry as the client does: while the first request with its key is still held
 * (IN_PROGRESS: running, or left by a dead instance until its claim goes stale), again a second later.
 * The outcome, and how long the key was held.
 */
export async function retry(
  apiUrl: string,
  write: IdempotentWrite,
): Promise<{ outcome: Outcome; heldMs: number }> {
  const started = performance.now();
  for (;;) {
    const outcome = await send(apiUrl, requestOf(write));
    const heldMs = performance.now() - started;
    if (outcome.kind !== 'refused' || outcome.rule !== 'IN_PROGRESS' || heldMs > 30_000)
      return { outcome, heldMs };
    await sleep(1000);
  }
}

export const requestOf = (write: IdempotentWrite): GraphQLRequest => ({
  ...(write.kind === 'save' ? saveDraft(write.review) : submit(write.review)),
  idempotencyKey: write.key,
});

/** Applied once: a saved sheet whole and saved once, or a submitted one (stored-sheets.ts). */
function isAppliedOnce(write: IdempotentWrite, sheet: StoredSheet | undefined): boolean {
  if (write.kind === 'submit') return isSubmittedOnce(sheet);
  return sheet?.status === 'DRAFT' && sheet.scores === sheet.criteria && sheet.draftSaves === 1;
}

export interface WriteTally {
  acknowledged: number;
  failedBy: string;
  /** Retries of acknowledged writes given the first answer again, of how many. */
  replayed: number;
  /** What the retries of the unacknowledged writes got. */
  retriedBy: string;
  stored: number;
  /** Acknowledged, and not applied once. */
  lost: number;
  /** Failed, and not applied once even after the retry. */
  unapplied: number;
  double: number;
  halfWritten: number;
  failures: string[];
}

/**
 * Every write is retried with its key once the fault is over. The retry of an acknowledged write must
 * be its first answer replayed; the retry of one that failed must be answered (run now, or replayed
 * when it had committed after all); and the database must hold every write applied once.
 */
export function tallyWrites(
  first: Sent<IdempotentWrite>[],
  retries: Sent<IdempotentWrite>[],
  stored: Map<string, StoredSheet>,
): WriteTally {
  const sheetOf = (write: IdempotentWrite) => stored.get(write.review.assignmentId);
  const firstOf = new Map(first.map((sent) => [sent.item, sent.outcome]));
  const isAcknowledged = (write: IdempotentWrite) => firstOf.get(write)?.kind === 'answered';
  const acknowledged = first.filter(({ item }) => isAcknowledged(item));
  const notReplayed = retries.filter(
    ({ item, outcome }) => isAcknowledged(item) && !isReplayOf(outcome, firstOf.get(item)),
  );
  const unacknowledgedRetries = retries.filter(({ item }) => !isAcknowledged(item));
  // A write that committed just before the kill, its answer not yet kept, is run again once its claim
  // is stale, and refused by its own rule (SHEET_LOCKED, a stale version): done, if the database agrees.
  const isDone = ({ item, outcome }: Sent<IdempotentWrite>) =>
    outcome.kind === 'answered' ||
    (outcome.kind === 'refused' &&
      outcome.code === 'CONFLICT' &&
      outcome.rule !== 'IN_PROGRESS' &&
      isAppliedOnce(item, sheetOf(item)));
  const unanswered = unacknowledgedRetries.filter((sent) => !isDone(sent));
  const writes = first.map(({ item }) => item);
  const notApplied = writes.filter((write) => !isAppliedOnce(write, sheetOf(write)));
  const lost = notApplied.filter(isAcknowledged);
  const unapplied = notApplied.filter((write) => !isAcknowledged(write));
  const double = writes.filter(
    (write) => (sheetOf(write)?.submissions ?? 0) > 1 || (sheetOf(write)?.draftSaves ?? 0) > 1,
  );
  const halfWritten = writes.filter((write) => isHalfWritten(sheetOf(write)));
  const describeSent = (sent: Sent<IdempotentWrite>) =>
    `${sent.item.kind} ${sent.item.review.assignmentId}: ${describe(sent.outcome)}`;
  const describeWrite = (write: IdempotentWrite) =>
    `${write.kind} ${write.review.assignmentId}: ${JSON.stringify(sheetOf(write) ?? 'no sheet')}`;
  return {
    acknowledged: acknowledged.length,
    failedBy: failuresBy(first),
    replayed: retries.length - unacknowledgedRetries.length - notReplayed.length,
    retriedBy: countsOf(unacknowledgedRetries.map(({ outcome }) => kindOf(outcome))),
    stored: writes.length - notApplied.length,
    lost: lost.length,
    unapplied: unapplied.length,
    double: double.length,
    halfWritten: halfWritten.length,
    failures: [
      ...failuresOf('acknowledged writes not replayed on retry', notReplayed, describeSent),
      ...failuresOf('failed writes not done on retry', unanswered, describeSent),
      ...failuresOf('acknowledged writes lost', lost, describeWrite),
      ...failuresOf('failed writes not applied once after the retry', unapplied, describeWrite),
      ...failuresOf('writes applied twice', double, describeWrite),
      ...failuresOf('half-written sheets', halfWritten, describeWrite),
      ...failuresOf(
        'failed uncleanly',
        first.filter(({ outcome }) => outcome.kind === 'unclean'),
        describeSent,
      ),
    ],
  };
}

const isReplayOf = (retry: Outcome, first: Outcome | undefined) =>
  retry.kind === 'answered' &&
  first?.kind === 'answered' &&
  retry.isReplay &&
  isDeepStrictEqual(retry.data, first.data);
