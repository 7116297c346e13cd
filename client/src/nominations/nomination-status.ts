import { NominationStatus } from '@award/schema/generated/graphql';

/** The states in the order a nomination meets them (award-rules.md, Stages and states), the ends last. */
export const statusesInLifecycleOrder: NominationStatus[] = [
  NominationStatus.Draft,
  NominationStatus.Submitted,
  NominationStatus.Returned,
  NominationStatus.Accepted,
  NominationStatus.PreliminaryReview,
  NominationStatus.ReReview,
  NominationStatus.Publicity,
  NominationStatus.Approved,
  NominationStatus.NotAwarded,
  NominationStatus.Withdrawn,
  NominationStatus.Revoked,
];

export function isNominationStatus(value: unknown): value is NominationStatus {
  return statusesInLifecycleOrder.includes(value as NominationStatus);
}
