import { NominationStatus } from '@award/schema/generated/graphql';

/** The states in which the nominator may edit its form: before submission, and after a return. */
const editableStatuses: readonly NominationStatus[] = [NominationStatus.Draft, NominationStatus.Returned];

export function isEditableStatus(status: NominationStatus): boolean {
  return editableStatuses.includes(status);
}
