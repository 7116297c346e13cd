import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Assignment } from './assignment.entity.js';
import { respondToAssignment } from './assignment-response.service.js';
import { AssignmentResponse } from './assignment-response.types.js';

/** The expert's answer to its own assignments (its inbox). */
@Resolver(() => Assignment)
export class AssignmentResponseResolver {
  @Authorized(Role.EXPERT)
  @Mutation(() => Assignment, {
    description: 'the expert’s own assignment only; a reason to decline or recuse',
  })
  respondToAssignment(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('response', () => AssignmentResponse) response: AssignmentResponse,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      respondToAssignment(tx, publish, viewer as Viewer, assignmentId, response, reason),
    );
  }
}
