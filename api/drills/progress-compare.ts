import { isDeepStrictEqual } from 'node:util';
import type { Progress } from './chair-console.js';

const byCategory = (progress: Progress) =>
  [...progress.categories].sort((a, b) => a.category.localeCompare(b.category));

/** The same change count and the same counts in every category. */
export function isSameProgress(latest: Progress | undefined, truth: Progress): boolean {
  return (
    latest !== undefined &&
    latest.sequence === truth.sequence &&
    isDeepStrictEqual(byCategory(latest), byCategory(truth))
  );
}
