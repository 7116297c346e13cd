/** award-rules.md, limits on credited people and organizations per grade proposed (defaults of the cycle). */
export type ProposedGrade = 'FIRST' | 'SECOND' | 'THIRD';

export interface CreditLimit {
  people: number;
  organizations: number;
}

export const CREDIT_LIMITS: Record<'INVENTION' | 'PROGRESS', Record<ProposedGrade, CreditLimit>> = {
  INVENTION: {
    FIRST: { people: 7, organizations: 4 },
    SECOND: { people: 6, organizations: 3 },
    THIRD: { people: 5, organizations: 2 },
  },
  PROGRESS: {
    FIRST: { people: 9, organizations: 7 },
    SECOND: { people: 7, organizations: 5 },
    THIRD: { people: 5, organizations: 3 },
  },
};

/** A nomination that accepts the committee's grade (no grade proposed) is held to the FIRST-grade limits. */
export function creditLimitFor(category: 'INVENTION' | 'PROGRESS', grade: ProposedGrade | null): CreditLimit {
  return CREDIT_LIMITS[category][grade ?? 'FIRST'];
}
