/**
 * The award's timeline in its order (award-rules.md, The year's timeline; Stages and states): activity
 * registration, nomination, formal review, preliminary review, re-review, publicity, approval. The
 * server refuses windows out of this order and every timeline is listed in it.
 */
export const windowOrder = [
  'REGISTRATION',
  'NOMINATION',
  'FORMAL_REVIEW',
  'PRELIMINARY_REVIEW',
  'RE_REVIEW',
  'PUBLICITY',
  'APPROVAL',
] as const;

export type OrderedWindowKind = (typeof windowOrder)[number];

/**
 * Nomination may run beside registration, opening no earlier (the 2024 notice: registration from 04-08,
 * nomination from 04-22, both to 05-31). Every later stage works on what the one before it produced,
 * so it opens only once that one has closed.
 */
export function mayOverlapPrevious(kind: OrderedWindowKind): boolean {
  return kind === 'NOMINATION';
}

/** Sorts windows into the award's order, whatever their times. */
export function inWindowOrder<W extends { kind: OrderedWindowKind }>(windows: readonly W[]): W[] {
  return [...windows].sort((a, b) => windowOrder.indexOf(a.kind) - windowOrder.indexOf(b.kind));
}
