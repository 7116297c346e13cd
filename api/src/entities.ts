/** Every entity of the domain, for the ORM's discovery and for seeders. */

export { Assignment, AssignmentStatus, ReviewStage } from './assignments/assignment.entity.js';
export { AssignmentProposal, ProposalStatus } from './assignments/assignment-proposal.entity.js';
export { AuditEvent } from './audit/audit-event.entity.js';
export { Role } from './auth/role.js';
export { Session } from './auth/session.entity.js';
export { User } from './auth/user.entity.js';
export { FinalEntry, FinalList } from './closing/final-list.entity.js';
export { PublicityEntry, PublicityList } from './closing/publicity-list.entity.js';
export { AwardCycle } from './cycles/award-cycle.entity.js';
export { CategoryConfig } from './cycles/category-config.entity.js';
export { CreditLimit } from './cycles/credit-limit.entity.js';
export { AwardCategory, Grade, WindowKind } from './cycles/cycle.enums.js';
export { CycleWindow } from './cycles/cycle-window.entity.js';
export { ExpertiseField } from './cycles/expertise-field.entity.js';
export { DocumentKind, GeneratedDocument } from './documents/generated-document.entity.js';
export { Expert } from './experts/expert.entity.js';
export { ConflictSource, ExpertConflict } from './experts/expert-conflict.entity.js';
export { ExpertEmployment } from './experts/expert-employment.entity.js';
export { ExpertField } from './experts/expert-field.entity.js';
export { IdempotentRequest } from './idempotency/idempotent-request.entity.js';
export { LiveSequence } from './live/live-sequence.entity.js';
export { ApplicationRecord } from './nominations/application-record.entity.js';
export { Completer } from './nominations/completer.entity.js';
export { CompletingOrganization } from './nominations/completing-organization.entity.js';
export { EconomicBenefit } from './nominations/economic-benefit.entity.js';
export { Innovation } from './nominations/innovation.entity.js';
export { IntellectualProperty } from './nominations/intellectual-property.entity.js';
export { Nomination } from './nominations/nomination.entity.js';
export {
  EvidenceGroup,
  EvidenceKind,
  FilePurpose,
  FormSection,
  IdDocumentType,
  IntellectualPropertyKind,
  NominationStatus,
} from './nominations/nomination.enums.js';
export { NominationFile } from './nominations/nomination-file.entity.js';
export { NominationSubmission } from './nominations/nomination-submission.entity.js';
export { NominationTransition } from './nominations/nomination-transition.entity.js';
export { SectionChange } from './nominations/section-change.entity.js';
export { TransitionNote } from './nominations/transition-note.js';
export { Notification } from './notifications/notification.entity.js';
export { Organization } from './organizations/organization.entity.js';
export { OrganizationType } from './organizations/organization.enums.js';
export { Registration } from './organizations/registration.entity.js';
export { BallotParticipation } from './results/ballot-participation.entity.js';
export { NominationResult } from './results/nomination-result.entity.js';
export { Objection, ObjectionStatus, ObjectionSubject } from './results/objection.entity.js';
export { BallotStatus, ReReviewBallot } from './results/re-review-ballot.entity.js';
export { ReReviewVote, VoteChoice } from './results/re-review-vote.entity.js';
export { Criterion } from './scoring/criterion.entity.js';
export { CriterionScore } from './scoring/criterion-score.entity.js';
export { LevelDescriptor } from './scoring/level-descriptor.entity.js';
export { Rubric } from './scoring/rubric.entity.js';
export { ScoreLevel } from './scoring/score-level.js';
export { ScoreSheet, ScoreSheetStatus } from './scoring/score-sheet.entity.js';
