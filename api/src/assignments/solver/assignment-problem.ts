/**
 * One run of the reviewer assignment, as plain data (no ORM): what each nomination still needs and
 * which experts may take it. Built from the database by load-assignment-problem.ts, or by tests.
 */
export interface ProblemNomination {
  id: string;
  /** Reviewers still to find: k minus those already assigned and not declined or recused. */
  need: number;
  fieldId: string;
}

export interface ProblemExpert {
  id: string;
  primaryFieldId: string | null;
  secondaryFieldIds: string[];
  /** Its employer: two reviewers of one nomination should not come from one organization. */
  organizationId: string | null;
  /** Assignments it already holds in the stage, and the most it may hold. */
  existingLoad: number;
  maxLoad: number;
  isAvailable: boolean;
}

export interface AssignmentProblem {
  nominations: ProblemNomination[];
  experts: ProblemExpert[];
  /** Pairs that may never be assigned: `${expertId}:${nominationId}` (a conflict, or already assigned). */
  isExcluded(expertId: string, nominationId: string): boolean;
  /** Why a pair is excluded, for the explanation of a shortfall. */
  exclusionKind(expertId: string, nominationId: string): 'CONFLICT' | 'ALREADY_ASSIGNED' | null;
  seed: number;
}

export interface ProposedPair {
  nominationId: string;
  expertId: string;
  fit: number;
  isPrimaryField: boolean;
}

/** Why a nomination cannot get all its reviewers, with the counts behind it. */
export interface Shortfall {
  nominationId: string;
  needed: number;
  assigned: number;
  eligible: number;
  inField: number;
  unavailable: number;
  inConflict: number;
  atFullLoad: number;
}

export interface AssignmentSolution {
  pairs: ProposedPair[];
  shortfalls: Shortfall[];
  /** Sum of the fit of the proposed pairs. */
  totalFit: number;
  /** Sum over nominations of their best `need` fits, ignoring loads and organizations: no run does better. */
  upperBound: number;
  /** Pairs proposed from one organization to one nomination (avoided, but allowed when nothing else fits). */
  sameOrganizationPairs: number;
}

/** Field fit (award-rules.md: experts from the nomination's field; a primary field before a secondary one). */
export const FIT = { primary: 1, secondary: 0.6 } as const;

export function fitOf(expert: ProblemExpert, fieldId: string): number {
  if (expert.primaryFieldId === fieldId) return FIT.primary;
  if (expert.secondaryFieldIds.includes(fieldId)) return FIT.secondary;
  return 0;
}
