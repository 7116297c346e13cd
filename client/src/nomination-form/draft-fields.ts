import { graphql } from '@award/schema/generated';
import {
  IdDocumentType,
  type NominationDraftFieldsFragment,
  type NominationDraftInput,
} from '@award/schema/generated/graphql';

// What the form edits, as the server stores it; both the page's query and every autosave read it back.
export const nominationDraftFieldsFragment = graphql(`
  fragment NominationDraftFields on Nomination {
    id
    version
    updatedAt
    projectName
    field {
      id
    }
    industry
    taskSource
    startDate
    endDate
    inventionPatentCount
    otherIpCount
    proposedGrade
    completers {
      id
      position
      name
      idDocumentNumber
      employer
      title
      contribution
    }
    completingOrganizations {
      id
      position
      organization {
        id
      }
    }
    summary
    innovations {
      id
      position
      content
    }
    objectiveEvaluation
    applications {
      id
      position
      userOrganization
      technologyApplied
      period
      contact
      benefit
    }
    benefitYears
    economicBenefits {
      id
      year
      newSales
      newProfit
      newTax
      foreignExchange
      savings
    }
    economicBasis
    socialBenefit
    intellectualProperty {
      id
      position
      kind
      title
      number
      holder
      grantedOn
    }
    nominatorOpinion
    declaresTruthfulness
    declaresNoFee
  }
`);

/** The form's values are the arguments of saveNominationDraft, every one of them present. */
export type DraftFields = Required<Omit<NominationDraftInput, 'version'>>;
export type DraftFieldName = keyof DraftFields;

const byPosition = <T extends { position: number }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.position - b.position);

type BenefitRow = NonNullable<DraftFields['economicBenefits']>[number];

/**
 * One row per year the table must cover (Nomination.benefitYears), filled from what is stored; a year not
 * stored yet is an empty row, so the table always shows its three years in order.
 */
function benefitRowsOf(nomination: NominationDraftFieldsFragment): BenefitRow[] {
  return nomination.benefitYears.map((year) => {
    const stored = nomination.economicBenefits.find((row) => row.year === year);
    // An empty cell, as the number inputs hold it; the rules keep the table from being sent until it is filled.
    const empty = null as unknown as number;
    return {
      year,
      newSales: stored?.newSales ?? empty,
      newProfit: stored?.newProfit ?? empty,
      newTax: stored?.newTax ?? empty,
      foreignExchange: stored?.foreignExchange ?? empty,
      savings: stored?.savings ?? empty,
    };
  });
}

/**
 * The type of a stored completer's identity document, which the API does not send: a number shaped as a
 * resident identity number (17 digits and a check character, GB 11643) is taken as one, as the form proposes
 * for a new row; any other is left to be chosen again, rather than saved back under a type it never had.
 */
function idDocumentTypeOf(idDocumentNumber: string): IdDocumentType | null {
  return /^\d{17}[\dX]$/i.test(idDocumentNumber) ? IdDocumentType.ResidentId : null;
}

/**
 * The stored draft as form values. The completers' identity numbers come back to the nominator that owns the
 * nomination (personal data: no one else is sent them), so the list saves again as it was loaded.
 */
export function draftFieldsOf(nomination: NominationDraftFieldsFragment): DraftFields {
  return {
    projectName: nomination.projectName,
    fieldId: nomination.field.id,
    industry: nomination.industry ?? '',
    taskSource: nomination.taskSource ?? '',
    startDate: nomination.startDate ?? null,
    endDate: nomination.endDate ?? null,
    inventionPatentCount: nomination.inventionPatentCount,
    otherIpCount: nomination.otherIpCount,
    proposedGrade: nomination.proposedGrade ?? null,
    completers: byPosition(nomination.completers).map(
      ({ name, idDocumentNumber, employer, title, contribution }) => ({
        name,
        employer,
        title,
        contribution,
        // An empty type keeps the row from being sent until one is chosen (the select's rule).
        idDocumentType: idDocumentTypeOf(idDocumentNumber ?? '') as IdDocumentType,
        idDocumentNumber: idDocumentNumber ?? '',
      }),
    ),
    completingOrganizationIds: byPosition(nomination.completingOrganizations).map(
      ({ organization }) => organization.id,
    ),
    summary: nomination.summary,
    innovations: byPosition(nomination.innovations).map(({ content }) => content),
    objectiveEvaluation: nomination.objectiveEvaluation,
    // Field by field: the cache's rows carry __typename and ids, which the input types do not take.
    applications: byPosition(nomination.applications).map(
      ({ userOrganization, technologyApplied, period, contact, benefit }) => ({
        userOrganization,
        technologyApplied,
        period,
        contact,
        benefit,
      }),
    ),
    economicBenefits: benefitRowsOf(nomination),
    economicBasis: nomination.economicBasis,
    socialBenefit: nomination.socialBenefit,
    intellectualProperty: byPosition(nomination.intellectualProperty).map(
      ({ kind, title, number, holder, grantedOn }) => ({ kind, title, number, holder, grantedOn }),
    ),
    nominatorOpinion: nomination.nominatorOpinion,
    declaresTruthfulness: nomination.declaresTruthfulness,
    declaresNoFee: nomination.declaresNoFee,
  };
}

/** The fields whose value differs from the one last saved: what the next autosave sends. */
export function changedFields(values: DraftFields, saved: DraftFields): DraftFieldName[] {
  return (Object.keys(saved) as DraftFieldName[]).filter(
    (name) => JSON.stringify(values[name] ?? null) !== JSON.stringify(saved[name] ?? null),
  );
}

/** Only the named fields, as a part of saveNominationDraft's input. */
export function pickFields(values: DraftFields, names: readonly DraftFieldName[]): Partial<DraftFields> {
  return Object.fromEntries(names.map((name) => [name, values[name]]));
}

/**
 * Where a BAD_USER_INPUT error points in the form: the API names the argument as a path
 * (`completers[0].idDocumentNumber`), which antd's forms take as ['completers', 0, 'idDocumentNumber'].
 */
export function namePathOf(field: string): (string | number)[] {
  return field
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
