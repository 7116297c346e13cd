import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Expert } from './expert.entity.js';
import { createExpert, setExpertAvailability, updateExpert } from './expert-profile.service.js';
import { ExpertChangesInput, NewExpertInput } from './expert-profile.types.js';

/** The secretariat keeps the expert pool (专家库) of each cycle. */
@Resolver(() => Expert)
export class ExpertPoolResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Expert)
  createExpert(
    @Arg('input', () => NewExpertInput) input: NewExpertInput,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return createExpert(em, viewer as Viewer, input);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Expert)
  updateExpert(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ExpertChangesInput) input: ExpertChangesInput,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return updateExpert(em, viewer as Viewer, id, input);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Expert, { description: 'an unavailable expert gets no new assignments' })
  setExpertAvailability(
    @Arg('id', () => ID) id: string,
    @Arg('isAvailable', () => Boolean) isAvailable: boolean,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return setExpertAvailability(em, viewer as Viewer, id, isAvailable);
  }
}
