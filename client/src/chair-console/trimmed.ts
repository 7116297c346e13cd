/** Why a sheet's total is or is not in the official score. */
export type TrimRole = 'counted' | 'highest' | 'lowest' | 'either';

interface Figure {
  total: number;
  isTrimmed: boolean;
}

/**
 * From five sheets on the single highest and the single lowest total are left out (award-rules.md,
 * Aggregation). The server says which sheets it left out; which end each came from follows from the totals,
 * unless the two are equal and either could be called the highest.
 */
export function trimRoleOf(figure: Figure, all: readonly Figure[]): TrimRole {
  if (!figure.isTrimmed) return 'counted';
  const trimmed = all.filter((candidate) => candidate.isTrimmed).map((candidate) => candidate.total);
  const highest = Math.max(...trimmed);
  const lowest = Math.min(...trimmed);
  if (highest === lowest) return 'either';
  return figure.total === highest ? 'highest' : 'lowest';
}
