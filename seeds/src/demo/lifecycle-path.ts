import { canMove } from '@award/api/domain';
import { NominationStatus as S } from '@award/api/entities';

/** The road of a nomination that goes all the way, from draft to approval. */
const ROAD = [S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.PRELIMINARY_REVIEW, S.RE_REVIEW, S.PUBLICITY, S.APPROVED];

const upTo = (last: S) => ROAD.slice(0, ROAD.indexOf(last) + 1);

/** Where a demo nomination left the road, for the states that are not on it. */
const TURNS: Partial<Record<S, S[]>> = {
  [S.RETURNED]: [...upTo(S.SUBMITTED), S.RETURNED],
  [S.NOT_AWARDED]: [...upTo(S.RE_REVIEW), S.NOT_AWARDED],
  [S.WITHDRAWN]: [...upTo(S.ACCEPTED), S.WITHDRAWN],
  [S.REVOKED]: [...ROAD, S.REVOKED],
};

/**
 * The states a demo nomination passed through to reach its stage, checked against the lifecycle so
 * that the demo history is one the platform itself could have produced.
 */
export function pathTo(stage: S): S[] {
  const path = TURNS[stage] ?? upTo(stage);
  for (let i = 1; i < path.length; i++) {
    if (!canMove(path[i - 1], path[i]))
      throw new Error(`demo path to ${stage} breaks the lifecycle at ${path[i]}`);
  }
  return path;
}

/** Whether a nomination at this stage has been through preliminary review (so has reviewers and sheets). */
export function wasReviewed(stage: S): boolean {
  return pathTo(stage).includes(S.PRELIMINARY_REVIEW);
}
