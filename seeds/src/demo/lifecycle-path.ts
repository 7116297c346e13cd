import { canMove } from '@award/api/domain';
import { NominationStatus as S } from '@award/api/entities';

/**
 * The states a demo nomination passed through to reach its stage, checked against the lifecycle so
 * that the demo history is one the platform itself could have produced.
 */
const PATHS: Record<S, S[]> = {
  [S.DRAFT]: [S.DRAFT],
  [S.SUBMITTED]: [S.DRAFT, S.SUBMITTED],
  [S.RETURNED]: [S.DRAFT, S.SUBMITTED, S.RETURNED],
  [S.ACCEPTED]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED],
  [S.PRELIMINARY_REVIEW]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.PRELIMINARY_REVIEW],
  [S.RE_REVIEW]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.PRELIMINARY_REVIEW, S.RE_REVIEW],
  [S.PUBLICITY]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.PRELIMINARY_REVIEW, S.RE_REVIEW, S.PUBLICITY],
  [S.APPROVED]: [
    S.DRAFT,
    S.SUBMITTED,
    S.ACCEPTED,
    S.PRELIMINARY_REVIEW,
    S.RE_REVIEW,
    S.PUBLICITY,
    S.APPROVED,
  ],
  [S.NOT_AWARDED]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.PRELIMINARY_REVIEW, S.RE_REVIEW, S.NOT_AWARDED],
  [S.WITHDRAWN]: [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.WITHDRAWN],
  [S.REVOKED]: [
    S.DRAFT,
    S.SUBMITTED,
    S.ACCEPTED,
    S.PRELIMINARY_REVIEW,
    S.RE_REVIEW,
    S.PUBLICITY,
    S.APPROVED,
    S.REVOKED,
  ],
};

export function pathTo(stage: S): S[] {
  const path = PATHS[stage];
  for (let i = 1; i < path.length; i++) {
    if (!canMove(path[i - 1], path[i]))
      throw new Error(`demo path to ${stage} breaks the lifecycle at ${path[i]}`);
  }
  return path;
}

/** Whether a nomination at this stage has been through preliminary review (so has reviewers and sheets). */
export function wasReviewed(stage: S): boolean {
  return PATHS[stage].includes(S.PRELIMINARY_REVIEW);
}
