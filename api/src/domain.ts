/** The rules other workspaces (seeds, scripts) reuse, so that no rule is written twice. */
export { hashPassword } from './auth/password.js';
export { listEntryOf } from './closing/list-entry.js';
export { listedNominations } from './closing/listed-nominations.js';
export { evidenceGroupOf } from './nominations/evidence-groups.js';
export { canMove } from './nominations/nomination-lifecycle.js';
export { creditCodeCheckCharacter, isValidCreditCode } from './organizations/credit-code.js';
export { createPrng, type Prng } from './random/prng.js';
export { aggregateTotals, type GradeThresholds, gradeForScore } from './results/aggregation.js';
export { type RankingEntry, rankByScore } from './results/ranking.js';
export { recomputeResults } from './results/results.service.js';
