import { registerEnumType } from 'type-graphql';

/** Builds { A: 'A', … } from a list, as a GraphQL enum wants, keeping each value a literal type. */
function valuesOf<const T extends readonly string[]>(values: T): { [V in T[number]]: V } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [V in T[number]]: V };
}

/**
 * What an audit record records. A GraphQL enum, so that every action has its label in both languages
 * (schema/labels, checked against the schema) before the audit log can show it.
 */
export const AuditAction = valuesOf([
  'SIGNED_IN',
  'SIGNED_OUT',
  'PASSWORD_CHANGED',
  'ACCOUNT_CREATED',
  'ACCOUNT_DISABLED',
  'ACCOUNT_ENABLED',
  'ORGANIZATION_RECORDED',
  'REGISTERED',
  'NOMINATION_CREATED',
  'NOMINATION_DRAFT_SAVED',
  'NOMINATION_STATUS_CHANGED',
  'NOMINATION_FILE_UPLOADED',
  'NOMINATION_FILE_REPLACED',
  'NOMINATION_FILE_DELETED',
  'DOCUMENT_GENERATED',
  'CYCLE_WINDOW_SET',
  'EXPERT_CREATED',
  'EXPERT_UPDATED',
  'EXPERTS_IMPORTED',
  'EXPERT_AVAILABILITY_SET',
  'EXPERT_DECLARATION_ACCEPTED',
  'EXPERT_CONFLICT_DECLARED',
  'ASSIGNMENT_SOLVER_RUN',
  'ASSIGNMENT_PROPOSAL_ADJUSTED',
  'ASSIGNMENT_PROPOSAL_COMMITTED',
  'ASSIGNMENT_PROPOSAL_DISCARDED',
  'ASSIGNMENT_ACCEPTED',
  'ASSIGNMENT_DECLINED',
  'ASSIGNMENT_RECUSED',
  'REVIEWER_ADDED',
  'REVIEWER_REMOVED',
  'REVIEWER_REMINDED',
  'REVIEW_DEADLINE_EXTENDED',
  'RUBRIC_VERSION_CREATED',
  'RUBRIC_REPLACED',
  'SCORE_SHEET_DRAFT_SAVED',
  'SCORE_SHEET_SUBMITTED',
  'SCORE_SHEET_REOPENED',
  'BALLOT_OPENED',
  'BALLOT_VOTE_CAST',
  'BALLOT_VOTE_NOT_RECORDED',
  'BALLOT_CLOSED',
  'RESULTS_PUBLISHED',
  'OBJECTION_FILED',
  'OBJECTION_CLASSIFIED',
  'OBJECTION_RESOLVED',
  'RESULTS_APPROVED',
  'AWARD_REVOKED',
  'RESULTS_EXPORTED',
  'READ',
]);
export type AuditAction = keyof typeof AuditAction;
registerEnumType(AuditAction, { name: 'AuditAction', description: 'what an audit record records' });

/** The kind of row an audit record is about (its entityId names the row). */
export const AuditEntityType = valuesOf([
  'Session',
  'User',
  'Organization',
  'Registration',
  'AwardCycle',
  'CycleWindow',
  'Nomination',
  'NominationFile',
  'GeneratedDocument',
  'Expert',
  'ExpertConflict',
  'AssignmentProposal',
  'Assignment',
  'Rubric',
  'ScoreSheet',
  'ReReviewBallot',
  'PublicityList',
  'Objection',
  'FinalList',
  'FinalEntry',
]);
export type AuditEntityType = keyof typeof AuditEntityType;
registerEnumType(AuditEntityType, {
  name: 'AuditEntityType',
  description: 'the kind of row an audit record is about',
});
