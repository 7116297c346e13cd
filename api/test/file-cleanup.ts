import { afterAll } from 'vitest';

/**
 * What a test file started (API servers, databases), stopped after its last test. Registered at file
 * level by vitest's setupFiles: an afterAll called from inside a beforeAll would never run.
 */
const steps: (() => Promise<void>)[] = [];

export function afterThisFile(step: () => Promise<void>): void {
  steps.push(step);
}

afterAll(async () => {
  for (let step = steps.pop(); step; step = steps.pop()) await step();
});
