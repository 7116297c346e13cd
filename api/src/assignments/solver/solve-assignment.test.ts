import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem, ProblemExpert, ProblemNomination } from './assignment-problem.js';
import { solveAssignment } from './solve-assignment.js';

const expert = (id: string, overrides: Partial<ProblemExpert> = {}): ProblemExpert => ({
  id,
  primaryFieldId: 'F1',
  secondaryFieldIds: [],
  organizationId: `org-${id}`,
  existingLoad: 0,
  maxLoad: 10,
  isAvailable: true,
  ...overrides,
});

function problemOf(
  nominations: ProblemNomination[],
  experts: ProblemExpert[],
  conflicts: [expertId: string, nominationId: string][] = [],
  seed = 1,
): AssignmentProblem {
  const excluded = new Set(conflicts.map(([e, n]) => `${e}:${n}`));
  return {
    nominations,
    experts,
    seed,
    isExcluded: (e, n) => excluded.has(`${e}:${n}`),
    exclusionKind: (e, n) => (excluded.has(`${e}:${n}`) ? 'CONFLICT' : null),
  };
}

describe('the reviewer assignment solver', () => {
  it('gives each nomination its reviewers from its field, never a conflicted one', async () => {
    const solution = await solveAssignment(
      problemOf(
        [
          { id: 'N1', need: 2, fieldId: 'F1' },
          { id: 'N2', need: 2, fieldId: 'F1' },
        ],
        [expert('A'), expert('B'), expert('C'), expert('D'), expert('X', { primaryFieldId: 'F2' })],
        [['A', 'N1']],
      ),
    );
    expect(solution.shortfalls).toEqual([]);
    const of = (n: string) =>
      solution.pairs.filter((pair) => pair.nominationId === n).map((pair) => pair.expertId);
    expect(of('N1')).toHaveLength(2);
    expect(of('N2')).toHaveLength(2);
    expect(of('N1')).not.toContain('A');
    expect(solution.pairs.some((pair) => pair.expertId === 'X')).toBe(false);
    // Four assignments over four experts: the load is spread, one each.
    expect(new Set(solution.pairs.map((pair) => pair.expertId)).size).toBe(4);
  });

  it('prefers a primary-field expert, and avoids two reviewers of one organization', async () => {
    const solution = await solveAssignment(
      problemOf(
        [{ id: 'N1', need: 2, fieldId: 'F1' }],
        [
          expert('P1', { organizationId: 'same' }),
          expert('P2', { organizationId: 'same' }),
          expert('S1', { primaryFieldId: 'F2', secondaryFieldIds: ['F1'] }),
          expert('S2', { primaryFieldId: 'F3', secondaryFieldIds: ['F1'] }),
        ],
      ),
    );
    const chosen = solution.pairs.map((pair) => pair.expertId).sort();
    expect(chosen).toHaveLength(2);
    expect(chosen.filter((id) => id.startsWith('P'))).toHaveLength(1);
    expect(solution.sameOrganizationPairs).toBe(0);
    expect(solution.totalFit).toBeCloseTo(1.6);
    expect(solution.upperBound).toBeCloseTo(2);
  });

  it('says which nomination lacks how many reviewers, and why', async () => {
    const solution = await solveAssignment(
      problemOf(
        [{ id: 'N1', need: 3, fieldId: 'F1' }],
        [
          expert('A'),
          expert('B', { isAvailable: false }),
          expert('C'),
          expert('D', { existingLoad: 10 }),
          expert('E'),
        ],
        [['C', 'N1']],
      ),
    );
    expect(solution.shortfalls).toEqual([
      {
        nominationId: 'N1',
        needed: 3,
        assigned: 2,
        eligible: 2,
        inField: 5,
        unavailable: 1,
        inConflict: 1,
        atFullLoad: 1,
      },
    ]);
  });

  it('gives the same proposal for the same seed, whatever the input order', async () => {
    const nominations = Array.from({ length: 6 }, (_, i) => ({ id: `N${i}`, need: 2, fieldId: 'F1' }));
    const experts = Array.from({ length: 8 }, (_, i) => expert(`E${i}`));
    const first = await solveAssignment(problemOf(nominations, experts, [], 7));
    const again = await solveAssignment(problemOf([...nominations].reverse(), [...experts].reverse(), [], 7));
    expect(again.pairs).toEqual(first.pairs);
  });

  it('never breaks a hard constraint, on random pools (property)', async () => {
    const pools = fc.record({
      nominations: fc.array(
        fc.record({ need: fc.integer({ min: 1, max: 5 }), field: fc.integer({ min: 0, max: 3 }) }),
        {
          minLength: 1,
          maxLength: 25,
        },
      ),
      experts: fc.array(
        fc.record({
          primary: fc.integer({ min: 0, max: 3 }),
          secondary: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
          organization: fc.integer({ min: 0, max: 5 }),
          existingLoad: fc.integer({ min: 0, max: 4 }),
          maxLoad: fc.integer({ min: 1, max: 6 }),
          isAvailable: fc.boolean(),
        }),
        { minLength: 1, maxLength: 20 },
      ),
      conflictSeed: fc.integer({ min: 0, max: 1000 }),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    await fc.assert(
      fc.asyncProperty(pools, async (pool) => {
        const nominations = pool.nominations.map((n, i) => ({
          id: `N${i}`,
          need: n.need,
          fieldId: `F${n.field}`,
        }));
        const experts = pool.experts.map((e, i) =>
          expert(`E${i}`, {
            primaryFieldId: `F${e.primary}`,
            secondaryFieldIds: e.secondary.filter((f) => f !== e.primary).map((f) => `F${f}`),
            organizationId: `O${e.organization}`,
            existingLoad: Math.min(e.existingLoad, e.maxLoad),
            maxLoad: e.maxLoad,
            isAvailable: e.isAvailable,
          }),
        );
        const conflicts = nominations.flatMap((n, i) =>
          experts
            .filter((_, j) => (i * 7 + j * 13 + pool.conflictSeed) % 5 === 0)
            .map((e) => [e.id, n.id] as [string, string]),
        );
        const problem = problemOf(nominations, experts, conflicts, pool.seed);
        const solution = await solveAssignment(problem);
        const load = new Map<string, number>();
        const seen = new Set<string>();
        for (const pair of solution.pairs) {
          const reviewer = experts.find((e) => e.id === pair.expertId) as ProblemExpert;
          const nomination = nominations.find((n) => n.id === pair.nominationId) as ProblemNomination;
          expect(problem.isExcluded(reviewer.id, nomination.id)).toBe(false);
          expect(reviewer.isAvailable).toBe(true);
          expect([reviewer.primaryFieldId, ...reviewer.secondaryFieldIds]).toContain(nomination.fieldId);
          expect(seen.has(`${reviewer.id}:${nomination.id}`)).toBe(false);
          seen.add(`${reviewer.id}:${nomination.id}`);
          load.set(reviewer.id, (load.get(reviewer.id) ?? 0) + 1);
        }
        for (const reviewer of experts) {
          expect(reviewer.existingLoad + (load.get(reviewer.id) ?? 0)).toBeLessThanOrEqual(reviewer.maxLoad);
        }
        for (const nomination of nominations) {
          const assigned = solution.pairs.filter((pair) => pair.nominationId === nomination.id).length;
          const shortfall = solution.shortfalls.find((s) => s.nominationId === nomination.id);
          expect(assigned).toBeLessThanOrEqual(nomination.need);
          expect(shortfall ? shortfall.assigned : nomination.need).toBe(assigned);
        }
        expect(solution.totalFit).toBeLessThanOrEqual(solution.upperBound + 1e-9);
      }),
      { numRuns: 60, seed: 20241129 },
    );
  });
});
