import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { mayViewNomination } from '../auth/nomination-visibility.js';
import { visibleAssignments } from '../auth/review-visibility.js';
import { Role, STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId, findById } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { findPage } from '../graphql/connection.js';
import { selectedPaths } from '../graphql/selection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { auditSheetRead } from '../scoring/score-sheet-read-audit.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentConnection, AssignmentsArgs } from './assignment.types.js';
import { assignmentNeeds, loadAssignmentRelations } from './assignment-relations.js';
import { type ReviewDeadline, reviewDeadlines } from './review-deadline.js';

/** An assignment's deadline, read with every other assignment of the request in one statement. */
function deadlineOf({ em, loaders }: RequestContext, assignmentId: string): Promise<ReviewDeadline> {
  return loaders
    .batch<ReviewDeadline>('Assignment#deadline', async (ids) => {
      const byId = await reviewDeadlines(em, ids);
      return ids.map((id) => byId.get(id) ?? { due: null, isOverdue: false });
    })
    .load(assignmentId);
}

/**
 * Every way to an assignment is scoped by `visibleAssignments` (or staff-only), so its reviewer and
 * sheet need no further check here; the nomination does, since an expert sees it only once declared.
 */
@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized(...STAFF, Role.EXPERT)
  @Query(() => AssignmentConnection, { description: 'staff: all; an expert: its own' })
  async assignments(
    @Args(() => AssignmentsArgs) args: AssignmentsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: { nomination?: string; expert?: string } = {};
    if (args.nominationId) {
      assertId('nominationId', args.nominationId);
      where.nomination = args.nominationId;
    }
    if (args.expertId) {
      assertId('expertId', args.expertId);
      where.expert = args.expertId;
    }
    const scope = visibleAssignments(ctx.viewer);
    const page = await findPage(
      ctx.em,
      Assignment,
      { $and: [where, scope] },
      { assignedAt: 'asc', id: 'asc' },
      args,
    );
    const assignments = page.edges.map((edge) => edge.node);
    await loadAssignmentRelations(ctx, assignments, assignmentNeeds(selectedPaths(info), 'edges.node.'));
    return page;
  }

  @Authorized(...STAFF, Role.EXPERT)
  @Query(() => Assignment, { description: 'staff: any; an expert: its own; NOT_FOUND otherwise' })
  assignment(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: RequestContext) {
    return findById(em, Assignment, id, 'id', visibleAssignments(viewer));
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: 'absent while the expert may not see it: before the declaration, after declining or recusal',
  })
  async nomination(@Root() assignment: Assignment, @Ctx() ctx: RequestContext): Promise<Nomination | null> {
    const nominationId = assignment.nomination.id;
    if (!(await mayViewNomination(ctx, nominationId))) return null;
    return ctx.loaders.one(Nomination, nominationId);
  }

  @FieldResolver(() => Expert)
  expert(@Root() assignment: Assignment, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Expert, assignment.expert.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'when the review is due: the window’s close or the chair’s later extension (REVIEW_DUE)',
  })
  async effectiveDeadline(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    return (await deadlineOf(ctx, assignment.id)).due;
  }

  @FieldResolver(() => Boolean, {
    description: 'still open, past its effective deadline, without a submitted sheet (as the overdue list)',
  })
  async isOverdue(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    return (await deadlineOf(ctx, assignment.id)).isOverdue;
  }

  @FieldResolver(() => ScoreSheet, { nullable: true })
  async scoreSheet(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    const sheet = await ctx.loaders.oneOf(ScoreSheet, 'assignment').load(assignment.id);
    if (sheet) await auditSheetRead(ctx, sheet.id);
    return sheet;
  }
}
