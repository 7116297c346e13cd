import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Objection, ObjectionStatus } from '../results/objection.entity.js';
import { classifyObjection, fileObjection, listObjections, resolveObjection } from './objection.service.js';
import { ObjectionInput, ObjectionsArgs } from './objection.types.js';

/**
 * Objections (异议) come to the secretariat in writing; it records them. Classifying and answering
 * is the secretariat's work, and the chair's, who approves the results they bear on.
 */
@Resolver(() => Objection)
export class ObjectionResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Objection, {
    description: 'records a written, real-name objection received during publicity',
  })
  fileObjection(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('input', () => ObjectionInput) input: ObjectionInput,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => fileObjection(tx, viewer as Viewer, nominationId, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => Objection, {
    description: 'substantive: about truth, ownership or ranking, so investigated',
  })
  classifyObjection(
    @Arg('id', () => ID) id: string,
    @Arg('isSubstantive', () => Boolean) isSubstantive: boolean,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => classifyObjection(tx, viewer as Viewer, id, isSubstantive));
  }

  @Authorized(...STAFF)
  @Mutation(() => Objection, {
    description: 'refuses, investigates, upholds or dismisses, with a written answer',
  })
  resolveObjection(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ObjectionStatus) status: ObjectionStatus,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => resolveObjection(tx, viewer as Viewer, id, status, resolution));
  }

  @Authorized(...STAFF)
  @Query(() => [Objection], { description: "the cycle's objections, oldest first" })
  objections(@Args(() => ObjectionsArgs) { cycleId, status }: ObjectionsArgs, @Ctx() { em }: RequestContext) {
    return listObjections(em, cycleId, status);
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() objection: Objection, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(objection.nomination.id);
  }
}
