/**
 * npm run bench:solver [-- --nominations 2000 --experts 600 --k 5 --seed 1 --capacity 1.25]
 * The reviewer assignment solver on a synthetic cycle, against a greedy baseline run on the same
 * instance in the same process: time, total fit against the upper bound, load spread, shortfalls and
 * pairs from one organization. See README.md beside this file.
 */
import { parseArgs } from 'node:util';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  fitOf,
  type ProblemExpert,
  type ProblemNomination,
} from '../src/assignments/solver/assignment-problem.js';
import { solveAssignment } from '../src/assignments/solver/solve-assignment.js';
import { createPrng } from '../src/random/prng.js';

const { values } = parseArgs({
  options: {
    nominations: { type: 'string', default: '2000' },
    experts: { type: 'string', default: '600' },
    k: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    capacity: { type: 'string', default: '1.25' },
  },
});
const size = {
  nominations: Number(values.nominations),
  experts: Number(values.experts),
  k: Number(values.k),
};
const FIELDS = 10;
const ORGANIZATIONS = 300;

/**
 * Nominations spread over 10 fields, each with a nominator and two completing organizations out of 300;
 * experts with a primary and up to two secondary fields, an employer out of the same 300 (so employer
 * conflicts arise as in life), 5 % unavailable, and each maximum load `--capacity` times the mean load the cycle needs.
 */
function syntheticProblem(seed: number): AssignmentProblem {
  const prng = createPrng(`bench-solver/${seed}`);
  const orgsOf = new Map<string, string[]>();
  const nominations: ProblemNomination[] = Array.from({ length: size.nominations }, (_, i) => {
    const id = `N${String(i).padStart(5, '0')}`;
    orgsOf.set(
      id,
      Array.from({ length: 3 }, () => `O${prng.int(0, ORGANIZATIONS - 1)}`),
    );
    return { id, need: size.k, fieldId: `F${prng.int(0, FIELDS - 1)}` };
  });
  const meanLoad = (size.nominations * size.k) / size.experts;
  const experts: ProblemExpert[] = Array.from({ length: size.experts }, (_, i) => {
    const primary = prng.int(0, FIELDS - 1);
    const secondary = prng.sample(
      Array.from({ length: FIELDS }, (_, f) => f).filter((f) => f !== primary),
      prng.int(0, 2),
    );
    return {
      id: `E${String(i).padStart(4, '0')}`,
      primaryFieldId: `F${primary}`,
      secondaryFieldIds: secondary.map((f) => `F${f}`),
      organizationId: `O${prng.int(0, ORGANIZATIONS - 1)}`,
      existingLoad: 0,
      maxLoad: Math.ceil(meanLoad * Number(values.capacity)),
      isAvailable: prng.chance(0.95),
    };
  });
  const employer = new Map(experts.map((expert) => [expert.id, expert.organizationId ?? '']));
  const isConflict = (expertId: string, nominationId: string) =>
    orgsOf.get(nominationId)?.includes(employer.get(expertId) ?? '') ?? false;
  return {
    nominations,
    experts,
    seed,
    isExcluded: isConflict,
    exclusionKind: (expertId, nominationId) => (isConflict(expertId, nominationId) ? 'CONFLICT' : null),
  };
}

/** The baseline: nominations in a shuffled order, each taking its best-fitting, least-loaded free experts. */
function greedy(problem: AssignmentProblem): AssignmentSolution {
  const prng = createPrng(`greedy/${problem.seed}`);
  const load = new Map(problem.experts.map((expert) => [expert.id, expert.existingLoad]));
  const pairs: AssignmentSolution['pairs'] = [];
  const shortfalls: AssignmentSolution['shortfalls'] = [];
  for (const nomination of prng.shuffle(problem.nominations)) {
    const ranked = problem.experts
      .filter(
        (expert) =>
          expert.isAvailable &&
          fitOf(expert, nomination.fieldId) > 0 &&
          (load.get(expert.id) ?? 0) < expert.maxLoad &&
          !problem.isExcluded(expert.id, nomination.id),
      )
      .sort(
        (a, b) =>
          fitOf(b, nomination.fieldId) - fitOf(a, nomination.fieldId) ||
          (load.get(a.id) ?? 0) / a.maxLoad - (load.get(b.id) ?? 0) / b.maxLoad,
      )
      .slice(0, nomination.need);
    for (const expert of ranked) {
      load.set(expert.id, (load.get(expert.id) ?? 0) + 1);
      pairs.push({
        nominationId: nomination.id,
        expertId: expert.id,
        fit: fitOf(expert, nomination.fieldId),
        isPrimaryField: expert.primaryFieldId === nomination.fieldId,
      });
    }
    if (ranked.length < nomination.need) {
      shortfalls.push({
        nominationId: nomination.id,
        needed: nomination.need,
        assigned: ranked.length,
        eligible: ranked.length,
        inField: 0,
        unavailable: 0,
        inConflict: 0,
        atFullLoad: 0,
      });
    }
  }
  const organization = new Map(problem.experts.map((expert) => [expert.id, expert.organizationId]));
  const seen = new Set<string>();
  let sameOrganizationPairs = 0;
  for (const pair of pairs) {
    const key = `${pair.nominationId}:${organization.get(pair.expertId)}`;
    if (seen.has(key)) sameOrganizationPairs += 1;
    seen.add(key);
  }
  return {
    pairs,
    shortfalls,
    totalFit: pairs.reduce((total, pair) => total + pair.fit, 0),
    upperBound: Number.NaN,
    sameOrganizationPairs,
  };
}

/** Load relative to each available expert's maximum: spread as max − min and standard deviation. */
function loadSpread(problem: AssignmentProblem, solution: AssignmentSolution) {
  const load = new Map<string, number>();
  for (const pair of solution.pairs) load.set(pair.expertId, (load.get(pair.expertId) ?? 0) + 1);
  const ratios = problem.experts.filter((e) => e.isAvailable).map((e) => (load.get(e.id) ?? 0) / e.maxLoad);
  const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  const sd = Math.sqrt(ratios.reduce((a, b) => a + (b - mean) ** 2, 0) / ratios.length);
  return { max: Math.max(...ratios), min: Math.min(...ratios), sd };
}

async function main(): Promise<void> {
  const seed = Number(values.seed);
  console.log(`command: npm run bench:solver -- ${process.argv.slice(2).join(' ')}`.trimEnd());
  console.log(
    `instance: ${size.nominations} nominations, ${size.experts} experts, k = ${size.k}, seed ${seed}`,
  );
  const problem = syntheticProblem(seed);
  // The WebAssembly module is compiled once per process; time the solve, not the compile.
  await solveAssignment({ ...problem, nominations: problem.nominations.slice(0, 1) });

  const greedyStarted = performance.now();
  const baseline = greedy(problem);
  const greedyMs = performance.now() - greedyStarted;
  const solverStarted = performance.now();
  const solved = await solveAssignment(problem);
  const solverMs = performance.now() - solverStarted;

  const rows = [
    [
      '',
      'time (ms)',
      'pairs',
      'shortfall',
      'total fit',
      'fit / bound',
      'same org',
      'load max',
      'load min',
      'load sd',
    ],
    ...(
      [
        ['MIP (HiGHS)', solverMs, solved],
        ['greedy', greedyMs, baseline],
      ] as const
    ).map(([name, ms, solution]) => {
      const spread = loadSpread(problem, solution);
      return [
        name,
        ms.toFixed(0),
        String(solution.pairs.length),
        String(solution.shortfalls.reduce((total, s) => total + s.needed - s.assigned, 0)),
        solution.totalFit.toFixed(1),
        (solution.totalFit / solved.upperBound).toFixed(4),
        String(solution.sameOrganizationPairs),
        spread.max.toFixed(3),
        spread.min.toFixed(3),
        spread.sd.toFixed(3),
      ];
    }),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
  console.log(`upper bound (each nomination's best k fits): ${solved.upperBound.toFixed(1)}`);
  console.log(
    `ratios, same run: solver/greedy time ${(solverMs / greedyMs).toFixed(1)}, fit ${(solved.totalFit / baseline.totalFit).toFixed(4)}`,
  );
}

await main();
