import { ObjectionStatus as S } from '../results/objection.entity.js';

/** What the state machine needs to know of an objection besides its status. */
export interface ObjectionFacts {
  status: S;
  isClassified: boolean;
  isSubstantive: boolean;
}

/**
 * award-rules.md, Publicity: a received objection may be refused on reading (not written, no evidence,
 * about the grade alone); once classified, a substantive one (truth, ownership, ranking) is
 * investigated before it is upheld or dismissed, while any other may be answered at once.
 * REFUSED, UPHELD and DISMISSED are final.
 */
export function nextObjectionStates({ status, isClassified, isSubstantive }: ObjectionFacts): S[] {
  switch (status) {
    case S.RECEIVED:
      if (!isClassified) return [S.REFUSED];
      return isSubstantive
        ? [S.REFUSED, S.INVESTIGATING]
        : [S.REFUSED, S.INVESTIGATING, S.UPHELD, S.DISMISSED];
    case S.INVESTIGATING:
      return [S.UPHELD, S.DISMISSED];
    default:
      return [];
  }
}

/** Still waiting for an answer: approval of its category waits for it. */
export const OPEN_OBJECTION_STATES = [S.RECEIVED, S.INVESTIGATING] as const;

/** Classification (substantive or not) is the first reading of a received objection, and may be corrected until it is answered. */
export function mayClassify(status: S): boolean {
  return status === S.RECEIVED;
}
