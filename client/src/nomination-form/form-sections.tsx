import type { AwardCategory } from '@award/schema/generated/graphql';
import type { ReactNode } from 'react';
import { ApplicationsSection } from './ApplicationsSection';
import { BasicsSection } from './BasicsSection';
import { BenefitsSection } from './BenefitsSection';
import { CompletersSection } from './CompletersSection';
import type { DraftFieldName } from './draft-fields';
import { InnovationSection } from './InnovationSection';
import { IntellectualPropertySection } from './IntellectualPropertySection';
import type { StepKey } from './NominationSteps';
import { OpinionSection } from './OpinionSection';
import { OrganizationsSection } from './OrganizationsSection';

export interface SectionContext {
  cycleId: string;
  category: AwardCategory;
}

export interface FormSectionStep {
  /** The section's name in the API (completeness, the reasons of a return). */
  key: Exclude<StepKey, 'FILES' | 'SUBMIT'>;
  /** The arguments of saveNominationDraft the section edits: where a server error sends the user. */
  fields: readonly DraftFieldName[];
  render: (context: SectionContext) => ReactNode;
}

/** The form's sections in the order of the printed form (award-rules.md, What a nomination holds). */
export const formSections: readonly FormSectionStep[] = [
  {
    key: 'BASICS',
    fields: [
      'projectName',
      'fieldId',
      'industry',
      'taskSource',
      'startDate',
      'endDate',
      'inventionPatentCount',
      'otherIpCount',
      'proposedGrade',
    ],
    render: ({ cycleId, category }) => <BasicsSection cycleId={cycleId} category={category} />,
  },
  { key: 'COMPLETERS', fields: ['completers'], render: () => <CompletersSection /> },
  { key: 'ORGANIZATIONS', fields: ['completingOrganizationIds'], render: () => <OrganizationsSection /> },
  {
    key: 'INNOVATION',
    fields: ['summary', 'innovations', 'objectiveEvaluation'],
    render: () => <InnovationSection />,
  },
  { key: 'APPLICATION', fields: ['applications'], render: () => <ApplicationsSection /> },
  {
    key: 'BENEFITS',
    fields: ['economicBenefits', 'economicBasis', 'socialBenefit'],
    render: () => <BenefitsSection />,
  },
  { key: 'IP', fields: ['intellectualProperty'], render: () => <IntellectualPropertySection /> },
  {
    key: 'OPINION',
    fields: ['nominatorOpinion', 'declaresTruthfulness', 'declaresNoFee'],
    render: () => <OpinionSection />,
  },
];

/** The section a field of the form belongs to. */
export function sectionOfField(field: string | number | undefined): FormSectionStep | undefined {
  return formSections.find((section) => section.fields.some((name) => name === field));
}
