/** What a nomination is ranked on (award-rules.md, Aggregation: ties keep a stable order and are marked). */
export interface RankingEntry<T> {
  item: T;
  officialScore: number | null;
  median: number | null;
  /** when its last counted sheet was submitted, in ms: the earlier ranks first on a tie */
  lastSubmittedAt: number;
}

export interface Ranked<T> {
  item: T;
  rank: number;
  /** another nomination has the same official score */
  isTied: boolean;
}

/** Ranks by official score, breaking ties by the higher median, then the earlier submission. */
export function rankByScore<T>(entries: readonly RankingEntry<T>[]): Ranked<T>[] {
  const sorted = [...entries].sort(
    (a, b) =>
      (b.officialScore ?? -1) - (a.officialScore ?? -1) ||
      (b.median ?? -1) - (a.median ?? -1) ||
      a.lastSubmittedAt - b.lastSubmittedAt,
  );
  const countByScore = new Map<number | null, number>();
  for (const entry of sorted)
    countByScore.set(entry.officialScore, (countByScore.get(entry.officialScore) ?? 0) + 1);
  return sorted.map((entry, index) => ({
    item: entry.item,
    rank: index + 1,
    isTied: (countByScore.get(entry.officialScore) ?? 0) > 1,
  }));
}
