import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { FormSection, NominationStatus } from './nomination.enums.js';
import type { NominationDraftInput } from './nomination-draft.types.js';
import type { NominationTransition } from './nomination-transition.entity.js';
import type { SectionChange } from './section-change.entity.js';

/** A section a formal review sent back, its reason, and whether the nominator has changed it since. */
@ObjectType({ description: '退回的部分: a returned section and its reason' })
export class ReturnedSection {
  @Field(() => FormSection)
  section!: FormSection;

  @Field(() => String)
  reason!: string;

  @Field(() => Boolean, { description: 'the nominator changed the section after the return' })
  isChanged!: boolean;
}

type DraftField = Exclude<keyof NominationDraftInput, 'version'>;

/** The section of the form each field of a draft save belongs to (the steps of the nominator's form). */
const SECTION_OF_FIELD: Record<DraftField, FormSection> = {
  projectName: FormSection.BASICS,
  fieldId: FormSection.BASICS,
  industry: FormSection.BASICS,
  taskSource: FormSection.BASICS,
  startDate: FormSection.BASICS,
  endDate: FormSection.BASICS,
  inventionPatentCount: FormSection.BASICS,
  otherIpCount: FormSection.BASICS,
  proposedGrade: FormSection.BASICS,
  completers: FormSection.COMPLETERS,
  completingOrganizationIds: FormSection.ORGANIZATIONS,
  summary: FormSection.INNOVATION,
  innovations: FormSection.INNOVATION,
  objectiveEvaluation: FormSection.INNOVATION,
  applications: FormSection.APPLICATION,
  economicBenefits: FormSection.BENEFITS,
  economicBasis: FormSection.BENEFITS,
  socialBenefit: FormSection.BENEFITS,
  intellectualProperty: FormSection.IP,
  nominatorOpinion: FormSection.OPINION,
  declaresTruthfulness: FormSection.OPINION,
  declaresNoFee: FormSection.OPINION,
};

/** The sections these changed fields of a draft save belong to. */
export function sectionsOfFields(fields: readonly string[]): FormSection[] {
  return [...new Set(fields.map((field) => SECTION_OF_FIELD[field as DraftField]).filter(Boolean))];
}

/** Notes that the nominator changed these sections now; call inside the change's transaction. */
export async function recordSectionChanges(
  em: EntityManager,
  nominationId: string,
  sections: readonly FormSection[],
): Promise<void> {
  if (sections.length === 0) return;
  await em.execute(
    `insert into section_change (id, nomination_id, section, changed_at)
     select gen_random_uuid(), ?, unnest(?::text[]), ?
     on conflict (nomination_id, section) do update set changed_at = excluded.changed_at`,
    [nominationId, `{${sections.join(',')}}`, new Date()],
  );
}

/**
 * The sections of a returned nomination's last return, each with its reason, marked changed once the
 * nominator changed it after the return.
 */
export function returnedSectionsOf(
  transitions: readonly NominationTransition[],
  changes: readonly SectionChange[],
): ReturnedSection[] {
  const lastReturn = transitions.findLast((transition) => transition.toStatus === NominationStatus.RETURNED);
  if (!lastReturn) return [];
  return lastReturn.sectionReasons.map(({ section, reason }) => ({
    section,
    reason,
    isChanged: changes.some(
      (change) => change.section === section && change.changedAt.getTime() > lastReturn.at.getTime(),
    ),
  }));
}
