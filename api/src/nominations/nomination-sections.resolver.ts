import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Assignment } from '../assignments/assignment.entity.js';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { freshResults } from '../results/fresh-results.js';
import { NominationResult } from '../results/nomination-result.entity.js';
import { ApplicationRecord } from './application-record.entity.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { EconomicBenefit } from './economic-benefit.entity.js';
import { Innovation } from './innovation.entity.js';
import { IntellectualProperty } from './intellectual-property.entity.js';
import { Nomination } from './nomination.entity.js';
import { FilePurpose } from './nomination.enums.js';
import { NominationFile } from './nomination-file.entity.js';
import { NominationTransition } from './nomination-transition.entity.js';

/** The orders the sections are shown in; a statement that reads them itself primes them in these. */
export const SECTION_ORDERS = {
  byPosition: { position: 'asc' },
  benefits: { year: 'asc' },
  files: { uploadedAt: 'asc', id: 'asc' },
  assignments: { assignedAt: 'asc', id: 'asc' },
} as const;
const { byPosition } = SECTION_ORDERS;

/** The sections of the nomination form and its history, each loaded in one batch per request. */
@Resolver(() => Nomination)
export class NominationSectionsResolver {
  @FieldResolver(() => AwardCycle)
  cycle(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.one(AwardCycle, nomination.cycle.id);
  }

  @FieldResolver(() => Organization, { description: '提名单位' })
  nominator(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.one(Organization, nomination.nominator.id);
  }

  @FieldResolver(() => ExpertiseField, { description: '专业领域' })
  field(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.one(ExpertiseField, nomination.field.id);
  }

  @FieldResolver(() => [Completer], { description: '主要完成人, in order' })
  completers(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(Completer, 'nomination', byPosition, nomination.id);
  }

  @FieldResolver(() => [CompletingOrganization], { description: '主要完成单位, in order' })
  completingOrganizations(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(CompletingOrganization, 'nomination', byPosition, nomination.id);
  }

  @FieldResolver(() => [Innovation], { description: '主要技术创新点' })
  innovations(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(Innovation, 'nomination', byPosition, nomination.id);
  }

  @FieldResolver(() => [ApplicationRecord], { description: '推广应用情况' })
  applications(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(ApplicationRecord, 'nomination', byPosition, nomination.id);
  }

  @FieldResolver(() => [EconomicBenefit], { description: '经济效益, by year' })
  economicBenefits(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(EconomicBenefit, 'nomination', SECTION_ORDERS.benefits, nomination.id);
  }

  @FieldResolver(() => [IntellectualProperty], { description: '知识产权' })
  intellectualProperty(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(IntellectualProperty, 'nomination', byPosition, nomination.id);
  }

  @FieldResolver(() => [NominationFile], { description: '证实性材料: the evidence files' })
  async evidence(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return (await this.files(nomination, ctx)).filter((file) => file.purpose === FilePurpose.EVIDENCE);
  }

  @FieldResolver(() => [NominationFile], {
    description: 'every uploaded file: stamped form, pledge, evidence',
  })
  files(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(NominationFile, 'nomination', SECTION_ORDERS.files, nomination.id);
  }

  @FieldResolver(() => [NominationTransition], { description: 'every change of state: who, when, why' })
  transitions(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(NominationTransition, 'nomination', { at: 'asc', id: 'asc' }, nomination.id);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [Assignment], { description: 'the reviewers asked (never shown to nominators)' })
  assignments(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.children(Assignment, 'nomination', SECTION_ORDERS.assignments, nomination.id);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [NominationResult], { description: 'aggregates per stage' })
  async results(@Root() nomination: Nomination, @Ctx() context: RequestContext) {
    await freshResults(context, nomination.cycle.id);
    return context.loaders.children(NominationResult, 'nomination', { stage: 'asc' }, nomination.id);
  }
}
