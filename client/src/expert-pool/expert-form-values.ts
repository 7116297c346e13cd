import type {
  ConflictSource,
  ExpertDetailsFragment,
  ExpertFieldInput,
} from '@award/schema/generated/graphql';

/**
 * The drawer's form. Fields are one primary and a list of secondary ones, so "exactly one primary"
 * (award-rules.md, the expert pool) holds by construction; the API checks it again.
 */
export interface ExpertFormValues {
  name: string;
  title: string;
  employerId?: string | null;
  maxLoad: number;
  isAvailable: boolean;
  primaryFieldId?: string;
  secondaryFieldIds: string[];
  employments: { organizationId?: string; startedOn?: string; endedOn?: string }[];
  conflicts: { source: ConflictSource; organizationId?: string; nominationId?: string; reason?: string }[];
}

export const newExpertValues: Partial<ExpertFormValues> = {
  maxLoad: 10,
  isAvailable: true,
  secondaryFieldIds: [],
  employments: [],
  conflicts: [],
};

export function formValuesOf(expert: ExpertDetailsFragment): ExpertFormValues {
  return {
    name: expert.name,
    title: expert.title,
    employerId: expert.employer?.id ?? null,
    maxLoad: expert.maxLoad,
    isAvailable: expert.isAvailable,
    primaryFieldId: expert.fields.find((field) => field.isPrimary)?.field.id,
    secondaryFieldIds: expert.fields.filter((field) => !field.isPrimary).map((field) => field.field.id),
    employments: expert.employments.map((employment) => ({
      organizationId: employment.organization.id,
      startedOn: employment.startedOn ?? undefined,
      endedOn: employment.endedOn,
    })),
    conflicts: expert.conflicts.map((conflict) => ({
      source: conflict.source,
      organizationId: conflict.organization?.id,
      nominationId: conflict.nomination?.id,
      reason: conflict.reason,
    })),
  };
}

/** The form as the API's input: the lists given whole, as both createExpert and updateExpert take them. */
export function expertInputOf(values: ExpertFormValues) {
  const fields: ExpertFieldInput[] = [
    { fieldId: values.primaryFieldId ?? '', isPrimary: true },
    ...(values.secondaryFieldIds ?? [])
      .filter((fieldId) => fieldId !== values.primaryFieldId)
      .map((fieldId) => ({ fieldId, isPrimary: false })),
  ];
  return {
    name: values.name.trim(),
    title: values.title.trim(),
    employerId: values.employerId ?? null,
    maxLoad: values.maxLoad,
    isAvailable: values.isAvailable,
    fields,
    employments: (values.employments ?? []).map((employment) => ({
      organizationId: employment.organizationId ?? '',
      startedOn: employment.startedOn || null,
      endedOn: employment.endedOn ?? '',
    })),
    conflicts: (values.conflicts ?? []).map((conflict) => ({
      source: conflict.source,
      organizationId: conflict.organizationId ?? null,
      nominationId: conflict.nominationId ?? null,
      reason: conflict.reason?.trim() ?? '',
    })),
  };
}
