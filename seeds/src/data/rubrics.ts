import { INVENTION_RUBRIC } from './rubric-invention.js';
import { PROGRESS_RUBRIC } from './rubric-progress.js';
import type { RubricSeed } from './types.js';

export { LEVEL_BANDS } from './rubric-levels.js';

/** The two default rubrics of the cycle, 100 points each. */
export const RUBRICS: RubricSeed[] = [INVENTION_RUBRIC, PROGRESS_RUBRIC];
