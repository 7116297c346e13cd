/**
 * The servers of a read workload answer in different shapes (the API's schema, PostGraphile's generated
 * one) and formats (PostGraphile's BigFloat is a string, its Datetime has an offset): each workload maps
 * every answer to one canonical form, built with these helpers, and the forms must be equal.
 */
import { isDeepStrictEqual } from 'node:util';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A numeric column as a number, whether it came as a JSON number or as PostGraphile's BigFloat text. */
export function decimal(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** An instant as milliseconds, whatever its ISO form (`…Z` or `…+00:00`). */
export function instant(value: string | null | undefined): number | null {
  return value == null ? null : Date.parse(value);
}

/** A list whose order the servers may give differently, sorted by a key. */
export function byKey<T>(items: readonly T[], key: (item: T) => string | number): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The path of the first difference between two canonical forms, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    return `${path}: ${a.length} items vs ${b.length}`;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (difference) return difference;
  }
  return path;
}
