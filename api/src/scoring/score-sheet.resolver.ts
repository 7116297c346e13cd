import type { EntityManager, QueryOrderMap } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Assignment } from '../assignments/assignment.entity.js';
import { visibleScoreSheets } from '../auth/review-visibility.js';
import { Role, STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { readRows } from '../db/read-rows.js';
import type { Loaders } from '../graphql/loaders.js';
import { Criterion } from './criterion.entity.js';
import { CriterionScore } from './criterion-score.entity.js';
import { Rubric } from './rubric.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { auditSheetRead } from './score-sheet-read-audit.js';

/** A sheet's scores as its fields show them, in the rubric's order. */
const SCORES_IN_RUBRIC_ORDER: QueryOrderMap<CriterionScore> = { criterion: { position: 'asc' } };

/**
 * The scores of these sheets, read already as rows (db/read-rows.ts) in the rubric's order within each
 * sheet, for the sheets' `scores` field.
 */
export function primeScores(
  loaders: Loaders,
  em: EntityManager,
  sheetIds: readonly string[],
  rows: readonly object[] | null,
): void {
  loaders.primeChildren(
    CriterionScore,
    'sheet',
    SCORES_IN_RUBRIC_ORDER,
    sheetIds,
    readRows(em, CriterionScore, rows),
  );
}

/** Score sheets: staff see all (and each look is audited), an expert its own, nobody else any. */
@Resolver(() => ScoreSheet)
export class ScoreSheetResolver {
  @Authorized(...STAFF, Role.EXPERT)
  @Query(() => ScoreSheet, { description: 'NOT_FOUND as well when the viewer may not see it' })
  async scoreSheet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ScoreSheet> {
    const sheet = await findById(ctx.em, ScoreSheet, id, 'id', visibleScoreSheets(ctx.viewer));
    await auditSheetRead(ctx, sheet.id);
    return sheet;
  }

  @FieldResolver(() => Assignment)
  assignment(@Root() sheet: ScoreSheet, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Assignment, sheet.assignment.id);
  }

  @FieldResolver(() => Rubric, { description: 'the rubric version the sheet was started on' })
  rubric(@Root() sheet: ScoreSheet, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Rubric, sheet.rubric.id);
  }

  @FieldResolver(() => [CriterionScore], { description: 'in the order of the rubric' })
  scores(@Root() sheet: ScoreSheet, @Ctx() { loaders }: RequestContext) {
    return loaders.children(CriterionScore, 'sheet', SCORES_IN_RUBRIC_ORDER, sheet.id);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() score: CriterionScore, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Criterion, score.criterion.id);
  }
}
