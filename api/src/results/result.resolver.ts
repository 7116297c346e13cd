import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Criterion } from '../scoring/criterion.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { auditSheetRead } from '../scoring/score-sheet-read-audit.js';
import { freshResults } from './fresh-results.js';
import { NominationResult } from './nomination-result.entity.js';
import { CountedSheet, CriterionMeanView, NominationResultConnection, ResultsArgs } from './result.types.js';

@Resolver(() => NominationResult)
export class NominationResultResolver {
  @Authorized(...STAFF)
  @Query(() => NominationResultConnection, { description: "a category's ranking" })
  async results(@Args(() => ResultsArgs) args: ResultsArgs, @Ctx() context: RequestContext) {
    assertId('cycleId', args.cycleId);
    await freshResults(context, args.cycleId);
    const { em } = context;
    return findPage(
      em,
      NominationResult,
      { nomination: { cycle: args.cycleId, category: args.category } },
      { rank: 'asc', id: 'asc' },
      args,
    );
  }

  @FieldResolver(() => [CriterionMeanView], { description: 'per criterion, in the rubric’s order' })
  criterionMeans(@Root() result: NominationResult, @Ctx() { loaders }: RequestContext) {
    return Promise.all(
      result.criterionMeans.map(async (mean) => ({
        ...mean,
        criterion: await loaders.byId(Criterion).load(mean.criterionId),
      })),
    );
  }

  @FieldResolver(() => [CountedSheet], { description: 'the submitted sheets behind every figure' })
  async countedSheets(@Root() result: NominationResult, @Ctx() ctx: RequestContext) {
    return Promise.all(
      result.sheetFigures.map(async (figure) => {
        // A staff look at a sheet is audited, this way in as any other (award-rules.md, Blind review).
        await auditSheetRead(ctx, figure.sheetId);
        return { ...figure, sheet: await ctx.loaders.byId(ScoreSheet).load(figure.sheetId) };
      }),
    );
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() result: NominationResult, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(result.nomination.id);
  }
}
