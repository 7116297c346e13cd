import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { visibleNominations } from '../auth/nomination-visibility.js';
import { Role, STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId, findById } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { selectedPaths } from '../graphql/selection.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Nomination } from './nomination.entity.js';
import { NominationConnection, NominationsArgs } from './nomination.types.js';
import { loadNominationRelations } from './nomination-relations.js';
import { withdrawNomination } from './nomination-status.service.js';
import { NominationStatusChange } from './nomination-status-change.type.js';

function nominationFilter(args: NominationsArgs): FilterQuery<Nomination> {
  const where: FilterQuery<Nomination> = {};
  for (const key of ['cycleId', 'nominatorId', 'fieldId'] as const) {
    const id = args[key];
    if (id) assertId(key, id);
  }
  if (args.cycleId) where.cycle = args.cycleId;
  if (args.nominatorId) where.nominator = args.nominatorId;
  if (args.fieldId) where.field = args.fieldId;
  if (args.category) where.category = args.category;
  if (args.status) where.status = args.status;
  const search = args.search?.trim();
  if (search) {
    // The words are matched as typed: % and _ in them are not wildcards.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ code: { $ilike: pattern } }, { projectName: { $ilike: pattern } }];
  }
  return where;
}

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => NominationConnection, { description: 'the nominations the viewer may see, by code' })
  async nominations(
    @Args(() => NominationsArgs) args: NominationsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = nominationFilter(args);
    const visible = await visibleNominations(ctx.em, ctx.viewer);
    const page = await findPage(
      ctx.em,
      Nomination,
      { $and: [where, visible] },
      { code: 'asc', id: 'asc' },
      args,
    );
    const nominations = page.edges.map((edge) => edge.node);
    await loadNominationRelations(ctx, nominations, selectedPaths(info), 'edges.node.');
    return page;
  }

  @Authorized(Role.NOMINATOR)
  @Query(() => [Nomination], { description: 'the nominations of the viewer’s organization, newest first' })
  myNominations(@Ctx() { em, viewer }: RequestContext): Promise<Nomination[]> {
    return em.find(
      Nomination,
      { nominator: viewer?.organizationId ?? null },
      { orderBy: { createdAt: 'desc', id: 'asc' } },
    );
  }

  @Query(() => Nomination, { description: 'NOT_FOUND as well when the viewer may not see it' })
  async nomination(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Nomination> {
    const visible = await visibleNominations(ctx.em, ctx.viewer);
    const nomination = await findById(ctx.em, Nomination, id, 'id', visible);
    await loadNominationRelations(ctx, [nomination], selectedPaths(info), '');
    return nomination;
  }

  @Authorized(Role.NOMINATOR)
  @Mutation(() => Nomination, { description: 'the nominator withdraws its nomination before approval' })
  withdrawNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ): Promise<Nomination> {
    return commitThenPublish(em, events, (tx, publish) =>
      withdrawNomination(tx, publish, viewer as NonNullable<typeof viewer>, id, reason),
    );
  }

  @Authorized(...STAFF)
  @Subscription(() => NominationStatusChange, {
    topics: 'NOMINATION_STATUS_CHANGED',
    topicId: ({ args }) => args.cycleId,
    description: "every change of a nomination's state in the cycle, as it is committed",
  })
  nominationStatusChanged(
    @Root() change: NominationStatusChange,
    @Arg('cycleId', () => ID) _cycleId: string,
  ): NominationStatusChange {
    return change;
  }
}
