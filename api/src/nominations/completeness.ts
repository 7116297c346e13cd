import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { ApplicationRecord } from './application-record.entity.js';
import { BENEFIT_YEAR_COUNT } from './benefit-years.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { EconomicBenefit } from './economic-benefit.entity.js';
import { Innovation } from './innovation.entity.js';
import { IntellectualProperty } from './intellectual-property.entity.js';
import type { Nomination } from './nomination.entity.js';

@ObjectType({ description: 'how far one section of the form is filled in' })
export class SectionCompleteness {
  @Field(() => String, {
    description: 'BASICS, COMPLETERS, ORGANIZATIONS, INNOVATION, APPLICATION, BENEFITS, IP, OPINION',
  })
  section!: string;

  @Field(() => Boolean)
  isComplete!: boolean;

  @Field(() => [String], { description: 'the fields still empty' })
  missing!: string[];
}

@ObjectType()
export class NominationCompleteness {
  @Field(() => Boolean, { description: 'every section complete: the form can be printed as PDF' })
  isComplete!: boolean;

  @Field(() => [SectionCompleteness])
  sections!: SectionCompleteness[];
}

const blank = (value: string | null | undefined) => value == null || value.trim() === '';

function section(name: string, checks: Record<string, boolean>): SectionCompleteness {
  const missing = Object.entries(checks)
    .filter(([, isFilled]) => !isFilled)
    .map(([field]) => field);
  return { section: name, isComplete: missing.length === 0, missing };
}

/** Which sections of the form are filled in, and what each still lacks (the client shows it per step). */
export async function nominationCompleteness(
  em: EntityManager,
  nomination: Nomination,
): Promise<NominationCompleteness> {
  const of = { nomination: nomination.id };
  const [completers, organizations, innovations, applications, benefitYears, ipRows] = await Promise.all([
    em.count(Completer, of),
    em.count(CompletingOrganization, of),
    em.count(Innovation, of),
    em.count(ApplicationRecord, of),
    em.count(EconomicBenefit, of),
    em.count(IntellectualProperty, of),
  ]);
  const sections = [
    section('BASICS', {
      projectName: !blank(nomination.projectName),
      industry: !blank(nomination.industry),
      taskSource: !blank(nomination.taskSource),
      startDate: !blank(nomination.startDate),
      endDate: !blank(nomination.endDate),
    }),
    section('COMPLETERS', { completers: completers > 0 }),
    section('ORGANIZATIONS', { completingOrganizations: organizations > 0 }),
    section('INNOVATION', {
      summary: !blank(nomination.summary),
      innovations: innovations > 0,
      objectiveEvaluation: !blank(nomination.objectiveEvaluation),
    }),
    section('APPLICATION', { applications: applications > 0 }),
    section('BENEFITS', {
      economicBenefits: benefitYears >= BENEFIT_YEAR_COUNT,
      economicBasis: !blank(nomination.economicBasis),
      socialBenefit: !blank(nomination.socialBenefit),
    }),
    // The IP list must account for the counts declared in the basics.
    section('IP', {
      intellectualProperty: ipRows >= nomination.inventionPatentCount + nomination.otherIpCount,
    }),
    section('OPINION', {
      nominatorOpinion: !blank(nomination.nominatorOpinion),
      declaresTruthfulness: nomination.declaresTruthfulness,
      declaresNoFee: nomination.declaresNoFee,
    }),
  ];
  return { isComplete: sections.every((part) => part.isComplete), sections };
}
