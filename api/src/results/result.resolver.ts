import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { selectedPaths } from '../graphql/selection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Criterion } from '../scoring/criterion.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { auditSheetRead } from '../scoring/score-sheet-read-audit.js';
import { freshResults } from './fresh-results.js';
import { NominationResult } from './nomination-result.entity.js';
import { CountedSheet, CriterionMeanView, NominationResultConnection, ResultsArgs } from './result.types.js';
import { resultsPage } from './results-page.js';

@Resolver(() => NominationResult)
export class NominationResultResolver {
  @Authorized(...STAFF)
  @Query(() => NominationResultConnection, { description: "a category's ranking" })
  async results(
    @Args(() => ResultsArgs) args: ResultsArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    assertId('cycleId', args.cycleId);
    await freshResults(context, args.cycleId);
    const selected = selectedPaths(info);
    return resultsPage(context, args, {
      nominations: selected.has('edges.node.nomination'),
      criteria: selected.has('edges.node.criterionMeans'),
      sheets: selected.has('edges.node.countedSheets'),
    });
  }

  @FieldResolver(() => [CriterionMeanView], { description: 'per criterion, in the rubric’s order' })
  criterionMeans(@Root() result: NominationResult, @Ctx() { loaders }: RequestContext) {
    return result.criterionMeans.map((mean) => ({
      ...mean,
      criterion: loaders.one(Criterion, mean.criterionId),
    }));
  }

  @FieldResolver(() => [CountedSheet], { description: 'the submitted sheets behind every figure' })
  async countedSheets(@Root() result: NominationResult, @Ctx() ctx: RequestContext) {
    // A staff look at a sheet is audited before it is shown, this way in as any other (award-rules.md,
    // Blind review); a results page records its looks in its own statement (results-page.ts).
    await Promise.all(result.sheetFigures.map((figure) => auditSheetRead(ctx, figure.sheetId)));
    return result.sheetFigures.map((figure) => ({
      ...figure,
      sheet: ctx.loaders.one(ScoreSheet, figure.sheetId),
    }));
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() result: NominationResult, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Nomination, result.nomination.id);
  }
}
