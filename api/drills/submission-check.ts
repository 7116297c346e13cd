import { failuresOf } from './drill-report.js';
import { describe as describeOutcome } from './graphql-http.js';
import { failuresBy } from './outcome-counts.js';
import type { Sent } from './request-stream.js';
import type { Review } from './review-sheets.js';
import { isHalfWritten, isSubmittedOnce, type StoredSheet } from './stored-sheets.js';

/** A stream of submissions and the retries of the failed ones, against what the database holds. */
export interface SubmissionTally {
  acknowledged: number;
  failedCleanly: number;
  /** The clean failures by what the client saw: a code, or `connection`. */
  failedBy: string;
  retried: number;
  stored: number;
  lost: number;
  double: number;
  halfWritten: number;
  failures: string[];
}

/**
 * A retry succeeds when it is answered, or refused because the first attempt was stored after all
 * (committed, but its answer never reached the client): the sheet is then found submitted, once.
 */
const isRetryDone = (outcome: Sent<Review>['outcome']) =>
  outcome.kind === 'answered' || (outcome.kind === 'refused' && outcome.rule === 'SHEET_LOCKED');

export function tallySubmissions(
  first: Sent<Review>[],
  retries: Sent<Review>[],
  stored: Map<string, StoredSheet>,
): SubmissionTally {
  const acknowledged = first.filter(({ outcome }) => outcome.kind === 'answered');
  const unclean = first.filter(({ outcome }) => outcome.kind === 'unclean');
  const sheetOf = ({ item }: Sent<Review>) => stored.get(item.assignmentId);
  const all = first.map(({ item }) => item.assignmentId);
  const lost = acknowledged.filter((sent) => !isSubmittedOnce(sheetOf(sent)));
  const double = all.filter((id) => (stored.get(id)?.submissions ?? 0) > 1);
  const halfWritten = all.filter((id) => isHalfWritten(stored.get(id)));
  const unstored = all.filter((id) => !isSubmittedOnce(stored.get(id)));
  const failedRetries = retries.filter(({ outcome }) => !isRetryDone(outcome));
  const describeSent = (sent: Sent<Review>) => `${sent.item.assignmentId}: ${describeOutcome(sent.outcome)}`;
  const describeSheet = (id: string) => `${id}: ${JSON.stringify(stored.get(id) ?? 'no sheet')}`;
  return {
    acknowledged: acknowledged.length,
    failedCleanly: first.length - acknowledged.length - unclean.length,
    failedBy: failuresBy(first),
    retried: retries.length,
    stored: all.length - unstored.length,
    lost: lost.length,
    double: double.length,
    halfWritten: halfWritten.length,
    failures: [
      ...failuresOf('acknowledged but not stored once', lost, describeSent),
      ...failuresOf('double-stored', double, describeSheet),
      ...failuresOf('failed uncleanly', unclean, describeSent),
      ...failuresOf('retries failed', failedRetries, describeSent),
      ...failuresOf('not stored once after the retries', unstored, describeSheet),
      ...failuresOf('half-written', halfWritten, describeSheet),
    ],
  };
}
