import type { Outcome } from './graphql-http.js';

/** What a client saw, in a word: `replayed`, `applied`, a refusal's rule or code, `connection`, `unclean`. */
export function kindOf(outcome: Outcome): string {
  if (outcome.kind === 'answered') return outcome.isReplay ? 'replayed' : 'applied';
  if (outcome.kind === 'refused') return outcome.rule ?? outcome.code;
  return outcome.kind === 'unreachable' ? 'connection' : 'unclean';
}

/** `INTERNAL_SERVER_ERROR 40, connection 5`: how often each value occurs, the most frequent first. */
export function countsOf(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.map(([value, count]) => `${value} ${count}`).join(', ') || 'none';
}

/** The failures among some requests' outcomes, counted by kind. */
export const failuresBy = (sent: readonly { outcome: Outcome }[]): string =>
  countsOf(sent.flatMap(({ outcome }) => (outcome.kind === 'answered' ? [] : [kindOf(outcome)])));
