import { Grade } from '../cycles/cycle.enums.js';

/**
 * The arithmetic of re-review (award-rules.md, Stages and states: Re-review), in integers so that no
 * rounding decides a vote: a quorum of two thirds of the members; FIRST passes with at least two thirds
 * of the members present voting for it, SECOND and THIRD with more than half of them.
 */

/** The fewest members present that make a quorum: two thirds of the members, rounded up. */
export function quorumOf(membersTotal: number): number {
  return Math.ceil((2 * membersTotal) / 3);
}

/** The fewest FOR votes that pass a grade, given the members present. */
export function votesNeededFor(grade: Grade, membersPresent: number): number {
  return grade === Grade.FIRST ? Math.ceil((2 * membersPresent) / 3) : Math.floor(membersPresent / 2) + 1;
}

export function isGradePassed(grade: Grade, votesFor: number, membersPresent: number): boolean {
  return votesFor >= votesNeededFor(grade, membersPresent);
}

/** A nomination that fails a grade is voted on at the next grade down; after THIRD there is none. */
export function nextGradeDown(grade: Grade): Grade | null {
  if (grade === Grade.FIRST) return Grade.SECOND;
  if (grade === Grade.SECOND) return Grade.THIRD;
  return null;
}

export const BALLOT_GRADES: readonly Grade[] = [Grade.FIRST, Grade.SECOND, Grade.THIRD];
