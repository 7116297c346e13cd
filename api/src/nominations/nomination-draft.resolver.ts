import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { Registration } from '../organizations/registration.entity.js';
import { registerForCycle } from '../organizations/registration.service.js';
import { benefitYearsOf } from './benefit-years.js';
import { completenessOf, NominationCompleteness, type SectionCounts, sectionCounts } from './completeness.js';
import { Nomination } from './nomination.entity.js';
import { createNomination, saveNominationDraft } from './nomination-draft.service.js';
import { NewNominationInput, NominationDraftInput } from './nomination-draft.types.js';

/** The nominator's side of the form: registering, starting a draft, saving it as it is typed. */
@Resolver(() => Nomination)
export class NominationDraftResolver {
  @Authorized(Role.NOMINATOR)
  @Mutation(() => Registration, {
    description: 'signs the organization up for the cycle (inside the registration window)',
  })
  registerForCycle(@Arg('cycleId', () => ID) cycleId: string, @Ctx() { em, viewer }: RequestContext) {
    return registerForCycle(em, viewer as Viewer, cycleId);
  }

  @Authorized(Role.NOMINATOR)
  @Mutation(() => Nomination, { description: 'starts a draft (inside the nomination window)' })
  createNomination(
    @Arg('input', () => NewNominationInput) input: NewNominationInput,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return createNomination(em, viewer as Viewer, input);
  }

  @Authorized(Role.NOMINATOR)
  @Mutation(() => Nomination, {
    description: 'one autosave of a draft or returned nomination; CONFLICT when stale',
  })
  saveNominationDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => NominationDraftInput) input: NominationDraftInput,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return saveNominationDraft(em, viewer as Viewer, id, input);
  }

  @FieldResolver(() => NominationCompleteness, { description: 'what each section of the form still lacks' })
  async completeness(@Root() nomination: Nomination, @Ctx() { em, loaders }: RequestContext) {
    const counts = await loaders
      .batch<SectionCounts>('Nomination#sectionCounts', async (ids) => {
        const byId = await sectionCounts(em, ids);
        return ids.map((id) => byId.get(id) ?? new Error(`nomination ${id} not found`));
      })
      .load(nomination.id);
    return completenessOf(nomination, counts);
  }

  @FieldResolver(() => [Int], {
    description: 'the years the economic benefit table must cover, oldest first',
  })
  async benefitYears(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    const cycle = await loaders.byId(AwardCycle).load(nomination.cycle.id);
    return benefitYearsOf(cycle.year);
  }
}
