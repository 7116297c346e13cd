import type { AuditEntityType } from '@award/schema/generated/graphql';
import type { LabelledEnum } from '@award/schema/labels';

/** The enum a detail's value is a value of, by the detail's key (api/src/**: recordAudit's before/after). */
const ENUM_OF_KEY: Record<string, LabelledEnum> = {
  category: 'AwardCategory',
  grade: 'Grade',
  noteGrade: 'Grade',
  recommendedGrade: 'Grade',
  proposedGrade: 'Grade',
  roles: 'Role',
  purpose: 'FilePurpose',
  evidenceKind: 'EvidenceKind',
  subjects: 'ObjectionSubject',
  section: 'FormSection',
  note: 'TransitionNote',
  source: 'ConflictSource',
};

/** `status` and `kind` are values of the enum of the record's own kind of row. */
const STATUS_ENUM: Partial<Record<AuditEntityType, LabelledEnum>> = {
  Nomination: 'NominationStatus',
  Assignment: 'AssignmentStatus',
  ScoreSheet: 'ScoreSheetStatus',
  Objection: 'ObjectionStatus',
  AssignmentProposal: 'ProposalStatus',
  ReReviewBallot: 'BallotStatus',
};
const KIND_ENUM: Partial<Record<AuditEntityType, LabelledEnum>> = { CycleWindow: 'WindowKind' };

export function enumOfDetail(key: string, entityType: AuditEntityType): LabelledEnum | undefined {
  if (key === 'status') return STATUS_ENUM[entityType];
  if (key === 'kind') return KIND_ENUM[entityType];
  return ENUM_OF_KEY[key];
}

// The lists a record shows item by item; any other list of records, or of ids, by its length (a saved
// form's completers, a rubric's criteria: the screens that own them show them whole).
const LISTED_ITEMS = new Set(['sectionReasons', 'entries']);

export function isCounted(key: string, items: unknown[]): boolean {
  return items.some((item) => typeof item === 'object' || (typeof item === 'string' && isUuid(item)))
    ? !LISTED_ITEMS.has(key)
    : false;
}

// Instants travel as ISO 8601 in UTC; ids as uuids; contents as SHA-256 digests.
export const isInstant = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
export const isDigest = (value: string) => /^[0-9a-f]{64}$/i.test(value);
