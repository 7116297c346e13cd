import highsModule, { type Highs } from 'highs';
import { createPrng } from '../../random/prng.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  fitOf,
  type ProblemExpert,
  type ProblemNomination,
  type ProposedPair,
  type Shortfall,
} from './assignment-problem.js';

/**
 * The weights of the objective, in units of fit (a primary-field reviewer is worth 1). A missing reviewer
 * costs far more than any fit, so coverage comes first; a second reviewer from one organization costs
 * more than the best fit, so it happens only when nothing else covers the nomination; load is spread
 * by a marginal cost that grows with each assignment an expert takes, relative to its maximum; the
 * seeded noise only breaks ties, reproducibly.
 */
const WEIGHT = { missingReviewer: 100, sameOrganization: 2, load: 0.5, noise: 0.02 } as const;

// highs ships an ES module build but CommonJS-typed declarations: at run time the default import is
// the loader itself, where the types expect it under `.default`.
const loadHighs = highsModule as unknown as typeof highsModule.default;

let highs: Promise<Highs> | undefined;
/** The HiGHS WebAssembly module, compiled once per process (it holds no state between solves). */
function solver(): Promise<Highs> {
  highs ??= loadHighs();
  return highs;
}

interface Candidate {
  nomination: number;
  expert: number;
  fit: number;
}

const capacityOf = (expert: ProblemExpert) =>
  expert.isAvailable ? Math.max(0, expert.maxLoad - expert.existingLoad) : 0;

/** The pairs that may be assigned, in a fixed order (by id) so that a seed always gives the same run. */
function candidatesOf(
  problem: AssignmentProblem,
  nominations: ProblemNomination[],
  experts: ProblemExpert[],
) {
  const candidates: Candidate[] = [];
  nominations.forEach((nomination, n) => {
    experts.forEach((expert, e) => {
      const fit = fitOf(expert, nomination.fieldId);
      if (fit > 0 && capacityOf(expert) > 0 && !problem.isExcluded(expert.id, nomination.id)) {
        candidates.push({ nomination: n, expert: e, fit });
      }
    });
  });
  return candidates;
}

/**
 * A minimum-cost assignment as a mixed-integer program solved by HiGHS: one binary per eligible
 * (nomination, expert) pair; each nomination's reviewers plus a penalised shortfall equal its need;
 * each expert's assignments fill unit load slots of increasing cost up to its remaining capacity (a
 * convex cost: the min-cost-flow model of balanced load); pairs sharing an organization on one
 * nomination beyond the first are penalised. Hard constraints (conflicts, capacity, field) are never
 * relaxed: an ineligible pair has no variable.
 */
export async function solveAssignment(problem: AssignmentProblem): Promise<AssignmentSolution> {
  const nominations = [...problem.nominations].sort((a, b) => a.id.localeCompare(b.id));
  const experts = [...problem.experts].sort((a, b) => a.id.localeCompare(b.id));
  const candidates = candidatesOf(problem, nominations, experts);
  const prng = createPrng(`assignment/${problem.seed}`);

  // Rows: one per nomination, one per expert, one per (nomination, organization) with two candidates or more.
  const N = nominations.length;
  const E = experts.length;
  const groups = new Map<string, number>();
  const groupSizes = new Map<string, number>();
  for (const { nomination, expert } of candidates) {
    const organization = experts[expert].organizationId;
    if (!organization) continue;
    const key = `${nomination}:${organization}`;
    groupSizes.set(key, (groupSizes.get(key) ?? 0) + 1);
  }
  for (const [key, size] of groupSizes) if (size > 1) groups.set(key, N + E + groups.size);
  const numRows = N + E + groups.size;

  const cost: number[] = [];
  const upper: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const integrality: number[] = [];
  const addColumn = (
    columnCost: number,
    columnUpper: number,
    rows: [number, number][],
    isInteger = false,
  ) => {
    cost.push(columnCost);
    upper.push(columnUpper);
    integrality.push(isInteger ? 1 : 0);
    for (const [row, value] of rows) {
      indices.push(row);
      values.push(value);
    }
    starts.push(indices.length);
  };
  for (const { nomination, expert, fit } of candidates) {
    const organization = experts[expert].organizationId;
    const group = organization ? groups.get(`${nomination}:${organization}`) : undefined;
    const rows: [number, number][] = [
      [nomination, 1],
      [N + expert, 1],
    ];
    if (group !== undefined) rows.push([group, 1]);
    addColumn(-(fit + prng.next() * WEIGHT.noise), 1, rows, true);
  }
  nominations.forEach((nomination, n) => {
    addColumn(WEIGHT.missingReviewer, nomination.need, [[n, 1]]);
  });
  experts.forEach((expert, e) => {
    for (let slot = 1; slot <= capacityOf(expert); slot++) {
      addColumn((WEIGHT.load * (expert.existingLoad + slot)) / expert.maxLoad, 1, [[N + e, -1]]);
    }
  });
  for (const row of groups.values()) addColumn(WEIGHT.sameOrganization, Number.MAX_SAFE_INTEGER, [[row, -1]]);

  const rowLower = [
    ...nominations.map((n) => n.need),
    ...experts.map(() => 0),
    ...[...groups].map(() => -Infinity),
  ];
  const rowUpper = [...nominations.map((n) => n.need), ...experts.map(() => 0), ...[...groups].map(() => 1)];
  const chosen = await runModel({
    numCols: cost.length,
    numRows,
    cost,
    upper,
    rowLower,
    rowUpper,
    matrix: { starts, indices, values },
    integrality,
  });

  const pairs: ProposedPair[] = [];
  const assignedTo = new Array<number>(N).fill(0);
  candidates.forEach((candidate, column) => {
    if (chosen[column] < 0.5) return;
    assignedTo[candidate.nomination] += 1;
    pairs.push({
      nominationId: nominations[candidate.nomination].id,
      expertId: experts[candidate.expert].id,
      fit: candidate.fit,
      isPrimaryField: experts[candidate.expert].primaryFieldId === nominations[candidate.nomination].fieldId,
    });
  });
  const organizationsPerNomination = new Map<string, Set<string>>();
  let sameOrganizationPairs = 0;
  const organizationOf = new Map(experts.map((expert) => [expert.id, expert.organizationId]));
  for (const pair of pairs) {
    const organization = organizationOf.get(pair.expertId);
    if (!organization) continue;
    const seen = organizationsPerNomination.get(pair.nominationId) ?? new Set<string>();
    if (seen.has(organization)) sameOrganizationPairs += 1;
    seen.add(organization);
    organizationsPerNomination.set(pair.nominationId, seen);
  }
  return {
    pairs,
    shortfalls: nominations.flatMap((nomination, n) =>
      assignedTo[n] < nomination.need ? [explainShortfall(problem, nomination, experts, assignedTo[n])] : [],
    ),
    totalFit: pairs.reduce((total, pair) => total + pair.fit, 0),
    upperBound: upperBoundOf(nominations, candidates),
    sameOrganizationPairs,
  };
}

interface ModelInput {
  numCols: number;
  numRows: number;
  cost: number[];
  upper: number[];
  rowLower: number[];
  rowUpper: number[];
  matrix: { starts: number[]; indices: number[]; values: number[] };
  integrality: number[];
}

/** Solves the program and returns each column's value. */
async function runModel(input: ModelInput): Promise<Float64Array> {
  const highs = await solver();
  const infinity = highs.infinity;
  const bound = (value: number) => (value === Infinity ? infinity : value === -Infinity ? -infinity : value);
  const model = highs.createModel({
    numCols: input.numCols,
    numRows: input.numRows,
    colCost: input.cost,
    colLower: input.cost.map(() => 0),
    colUpper: input.upper.map(bound),
    rowLower: input.rowLower.map(bound),
    rowUpper: input.rowUpper.map(bound),
    matrix: { format: 'csc', numRows: input.numRows, numCols: input.numCols, ...input.matrix },
    integrality: Int32Array.from(input.integrality),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 1e-4, time_limit: 120, random_seed: 0 });
    model.run();
    const status = model.getModelStatus();
    const { optimal, timeLimit } = highs.constants.modelStatus;
    if (status !== optimal && status !== timeLimit) {
      throw new Error(`the assignment program ended with HiGHS model status ${status}`);
    }
    return model.getSolution().colValue;
  } finally {
    model.dispose();
  }
}

/** Each nomination's best `need` fits, as if no expert had a load cap or an organization. */
function upperBoundOf(nominations: ProblemNomination[], candidates: Candidate[]): number {
  const fits = nominations.map(() => [] as number[]);
  for (const candidate of candidates) fits[candidate.nomination].push(candidate.fit);
  return fits.reduce(
    (total, list, n) =>
      total +
      list
        .sort((a, b) => b - a)
        .slice(0, nominations[n].need)
        .reduce((sum, fit) => sum + fit, 0),
    0,
  );
}

/** The counts that say why a nomination lacks reviewers: who is in its field, and what keeps each out. */
function explainShortfall(
  problem: AssignmentProblem,
  nomination: ProblemNomination,
  experts: ProblemExpert[],
  assigned: number,
): Shortfall {
  const inField = experts.filter(
    (expert) =>
      fitOf(expert, nomination.fieldId) > 0 &&
      problem.exclusionKind(expert.id, nomination.id) !== 'ALREADY_ASSIGNED',
  );
  const unavailable = inField.filter((expert) => !expert.isAvailable);
  const inConflict = inField.filter(
    (expert) => expert.isAvailable && problem.exclusionKind(expert.id, nomination.id) === 'CONFLICT',
  );
  const atFullLoad = inField.filter(
    (expert) =>
      expert.isAvailable && !problem.isExcluded(expert.id, nomination.id) && capacityOf(expert) === 0,
  );
  return {
    nominationId: nomination.id,
    needed: nomination.need,
    assigned,
    eligible: inField.length - unavailable.length - inConflict.length - atFullLoad.length,
    inField: inField.length,
    unavailable: unavailable.length,
    inConflict: inConflict.length,
    atFullLoad: atFullLoad.length,
  };
}
