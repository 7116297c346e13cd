import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationResult } from './nomination-result.entity.js';
import { NominationResultConnection, ResultsArgs } from './result.types.js';

@Resolver(() => NominationResult)
export class NominationResultResolver {
  @Authorized(...STAFF)
  @Query(() => NominationResultConnection, { description: "a category's ranking" })
  results(@Args(() => ResultsArgs) args: ResultsArgs, @Ctx() { em }: RequestContext) {
    assertId('cycleId', args.cycleId);
    return findPage(
      em,
      NominationResult,
      { nomination: { cycle: args.cycleId, category: args.category } },
      { rank: 'asc', id: 'asc' },
      args,
    );
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() result: NominationResult, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(result.nomination.id);
  }
}
