import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Assignment } from '../assignments/assignment.entity.js';
import { visibleScoreSheets } from '../auth/review-visibility.js';
import { Role, STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { Criterion } from './criterion.entity.js';
import { CriterionScore } from './criterion-score.entity.js';
import { Rubric } from './rubric.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { auditSheetRead } from './score-sheet-read-audit.js';

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
    return loaders.byId(Assignment).load(sheet.assignment.id);
  }

  @FieldResolver(() => Rubric, { description: 'the rubric version the sheet was started on' })
  rubric(@Root() sheet: ScoreSheet, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Rubric).load(sheet.rubric.id);
  }

  @FieldResolver(() => [CriterionScore], { description: 'in the order of the rubric' })
  async scores(@Root() sheet: ScoreSheet, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(CriterionScore, 'sheet', { criterion: { position: 'asc' } }).load(sheet.id);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() score: CriterionScore, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Criterion).load(score.criterion.id);
  }
}
