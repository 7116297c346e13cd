import { describe, expect, it } from 'vitest';
import { rankByScore } from './ranking.js';

describe('rankByScore', () => {
  it('ranks by official score and marks ties, which keep the higher median first', () => {
    const ranked = rankByScore([
      { item: 'a', officialScore: 80, median: 79, lastSubmittedAt: 1 },
      { item: 'b', officialScore: 90, median: 88, lastSubmittedAt: 2 },
      { item: 'c', officialScore: 80, median: 82, lastSubmittedAt: 3 },
    ]);
    expect(ranked).toEqual([
      { item: 'b', rank: 1, isTied: false },
      { item: 'c', rank: 2, isTied: true },
      { item: 'a', rank: 3, isTied: true },
    ]);
  });

  it('puts the earlier submission first when score and median are equal', () => {
    const ranked = rankByScore([
      { item: 'late', officialScore: 80, median: 80, lastSubmittedAt: 20 },
      { item: 'early', officialScore: 80, median: 80, lastSubmittedAt: 10 },
    ]);
    expect(ranked.map((entry) => entry.item)).toEqual(['early', 'late']);
  });
});
