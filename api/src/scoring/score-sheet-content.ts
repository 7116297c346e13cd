import type { EntityManager } from '@mikro-orm/postgresql';
import { Criterion } from './criterion.entity.js';
import { CriterionScore } from './criterion-score.entity.js';
import { LevelDescriptor } from './level-descriptor.entity.js';
import type { ScoreSheet } from './score-sheet.entity.js';

export interface SheetCriterion {
  criterion: Criterion;
  levels: LevelDescriptor[];
  score: CriterionScore | undefined;
}

/** A sheet's rubric criteria in order, each with its level bands and the sheet's score, if any. */
export async function sheetContent(em: EntityManager, sheet: ScoreSheet): Promise<SheetCriterion[]> {
  const criteria = await em.find(Criterion, { rubric: sheet.rubric.id }, { orderBy: { position: 'asc' } });
  const [levels, scores] = await Promise.all([
    em.find(LevelDescriptor, { criterion: { $in: criteria.map((criterion) => criterion.id) } }),
    em.find(CriterionScore, { sheet: sheet.id }),
  ]);
  return criteria.map((criterion) => ({
    criterion,
    levels: levels.filter((level) => level.criterion.id === criterion.id),
    score: scores.find((score) => score.criterion.id === criterion.id),
  }));
}

/** The sum of the points when every criterion has them; otherwise no total yet. */
export function totalOf(content: SheetCriterion[]): number | null {
  const points = content.map(({ score }) => score?.points);
  if (points.some((value) => value == null)) return null;
  return points.reduce<number>((sum, value) => sum + Number(value), 0);
}
