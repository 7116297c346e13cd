import { NominationStatus as S } from './nomination.enums.js';

/**
 * award-rules.md, Stages and states: DRAFT → SUBMITTED → (formal review) → RETURNED ⇄ SUBMITTED |
 * ACCEPTED → PRELIMINARY_REVIEW → RE_REVIEW → PUBLICITY → APPROVED | NOT_AWARDED, plus WITHDRAWN by
 * the nominator before approval and REVOKED (fraud) at any point after submission, even after approval.
 * A nomination that fails even the third grade at re-review ends NOT_AWARDED without publicity.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.DRAFT]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.RETURNED, S.ACCEPTED, S.WITHDRAWN, S.REVOKED],
  [S.RETURNED]: [S.SUBMITTED, S.WITHDRAWN, S.REVOKED],
  [S.ACCEPTED]: [S.PRELIMINARY_REVIEW, S.WITHDRAWN, S.REVOKED],
  [S.PRELIMINARY_REVIEW]: [S.RE_REVIEW, S.WITHDRAWN, S.REVOKED],
  [S.RE_REVIEW]: [S.PUBLICITY, S.NOT_AWARDED, S.WITHDRAWN, S.REVOKED],
  [S.PUBLICITY]: [S.APPROVED, S.NOT_AWARDED, S.WITHDRAWN, S.REVOKED],
  [S.APPROVED]: [S.REVOKED],
  [S.NOT_AWARDED]: [],
  [S.WITHDRAWN]: [],
  [S.REVOKED]: [],
};

export function canMove(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

/**
 * The states in which the nominator works on its nomination (form, files, submission): before the
 * first submission, and after formal review returned it.
 */
export function isInNominatorsHands(status: S): boolean {
  return status === S.DRAFT || status === S.RETURNED;
}
