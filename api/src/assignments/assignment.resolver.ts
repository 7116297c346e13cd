import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { findPage } from '../graphql/connection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { auditSheetRead } from '../scoring/score-sheet-read-audit.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentConnection, AssignmentsArgs } from './assignment.types.js';

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized(...STAFF)
  @Query(() => AssignmentConnection)
  assignments(@Args(() => AssignmentsArgs) args: AssignmentsArgs, @Ctx() { em }: RequestContext) {
    const where: { nomination?: string; expert?: string } = {};
    if (args.nominationId) {
      assertId('nominationId', args.nominationId);
      where.nomination = args.nominationId;
    }
    if (args.expertId) {
      assertId('expertId', args.expertId);
      where.expert = args.expertId;
    }
    return findPage(em, Assignment, where, { assignedAt: 'asc', id: 'asc' }, args);
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() assignment: Assignment, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(assignment.nomination.id);
  }

  @FieldResolver(() => Expert)
  expert(@Root() assignment: Assignment, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Expert).load(assignment.expert.id);
  }

  @FieldResolver(() => ScoreSheet, { nullable: true })
  async scoreSheet(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    const sheet = await ctx.loaders.oneOf(ScoreSheet, 'assignment').load(assignment.id);
    if (sheet) await auditSheetRead(ctx, sheet.id);
    return sheet;
  }
}
