import { registerEnumType } from 'type-graphql';

/** award-rules.md, Stages and states. */
export enum NominationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  PRELIMINARY_REVIEW = 'PRELIMINARY_REVIEW',
  RE_REVIEW = 'RE_REVIEW',
  PUBLICITY = 'PUBLICITY',
  APPROVED = 'APPROVED',
  NOT_AWARDED = 'NOT_AWARDED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}
registerEnumType(NominationStatus, { name: 'NominationStatus' });

export enum IdDocumentType {
  RESIDENT_ID = 'RESIDENT_ID',
  PASSPORT = 'PASSPORT',
  OTHER = 'OTHER',
}
registerEnumType(IdDocumentType, { name: 'IdDocumentType' });

export enum IntellectualPropertyKind {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_PATENT = 'UTILITY_PATENT',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  STANDARD = 'STANDARD',
  PAPER = 'PAPER',
  OTHER = 'OTHER',
}
registerEnumType(IntellectualPropertyKind, { name: 'IntellectualPropertyKind' });

/** What an uploaded file is for: the stamped form, the signed pledge, or a piece of evidence. */
export enum FilePurpose {
  STAMPED_FORM = 'STAMPED_FORM',
  SIGNED_PLEDGE = 'SIGNED_PLEDGE',
  EVIDENCE = 'EVIDENCE',
}
registerEnumType(FilePurpose, { name: 'FilePurpose' });

/** Kinds of evidence (证实性材料); each belongs to one group, see evidence-groups.ts. */
export enum EvidenceKind {
  NOVELTY_SEARCH = 'NOVELTY_SEARCH',
  PATENT_CERTIFICATE = 'PATENT_CERTIFICATE',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  PAPER = 'PAPER',
  APPRAISAL = 'APPRAISAL',
  ACCEPTANCE_OPINION = 'ACCEPTANCE_OPINION',
  TEST_REPORT = 'TEST_REPORT',
  TECHNOLOGY_CONTRACT = 'TECHNOLOGY_CONTRACT',
  ACCEPTANCE_REPORT = 'ACCEPTANCE_REPORT',
  USER_REPORT = 'USER_REPORT',
  OTHER = 'OTHER',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

export enum EvidenceGroup {
  INNOVATION_PROOF = 'INNOVATION_PROOF',
  TECHNICAL_EVALUATION = 'TECHNICAL_EVALUATION',
  APPLICATION_PROOF = 'APPLICATION_PROOF',
  OTHER = 'OTHER',
}
registerEnumType(EvidenceGroup, { name: 'EvidenceGroup' });

/** The parts of a nomination a formal review can send back, each with its own reason. */
export enum FormSection {
  BASICS = 'BASICS',
  COMPLETERS = 'COMPLETERS',
  ORGANIZATIONS = 'ORGANIZATIONS',
  INNOVATION = 'INNOVATION',
  APPLICATION = 'APPLICATION',
  BENEFITS = 'BENEFITS',
  IP = 'IP',
  OPINION = 'OPINION',
  FILES = 'FILES',
}
registerEnumType(FormSection, { name: 'FormSection' });
