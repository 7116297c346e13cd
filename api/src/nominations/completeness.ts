import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { uuidArray } from '../db/sql-arrays.js';
import { BENEFIT_YEAR_COUNT } from './benefit-years.js';
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

/** How many rows each section's list holds, per nomination. */
export interface SectionCounts {
  completers: number;
  organizations: number;
  innovations: number;
  applications: number;
  benefitYears: number;
  ipRows: number;
}

/** The section counts of several nominations in one statement (a list asks them all at once). */
export async function sectionCounts(
  em: EntityManager,
  nominationIds: readonly string[],
): Promise<Map<string, SectionCounts>> {
  const count = (table: string) => `(select count(*)::int from ${table} where nomination_id = n.id)`;
  const rows = await em.execute<(SectionCounts & { id: string })[]>(
    `select n.id, ${count('completer')} as completers, ${count('completing_organization')} as organizations,
       ${count('innovation')} as innovations, ${count('application_record')} as applications,
       ${count('economic_benefit')} as "benefitYears", ${count('intellectual_property')} as "ipRows"
     from nomination n where n.id = any(?::uuid[])`,
    [uuidArray(nominationIds)],
  );
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

/** Which sections of the form are filled in, and what each still lacks (the client shows it per step). */
export function completenessOf(nomination: Nomination, counts: SectionCounts): NominationCompleteness {
  const { completers, organizations, innovations, applications, benefitYears, ipRows } = counts;
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

/** The completeness of one nomination, read now. */
export async function nominationCompleteness(
  em: EntityManager,
  nomination: Nomination,
): Promise<NominationCompleteness> {
  const counts = (await sectionCounts(em, [nomination.id])).get(nomination.id);
  if (!counts) throw new Error(`nomination ${nomination.id} not found`);
  return completenessOf(nomination, counts);
}
