import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssignmentResolver } from '../assignments/assignment.resolver.js';
import { AssignmentProposalResolver } from '../assignments/assignment-proposal.resolver.js';
import { AssignmentResponseResolver } from '../assignments/assignment-response.resolver.js';
import { ReviewerChangesResolver } from '../assignments/reviewer-changes.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AccountResolver } from '../auth/account.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { FinalListResolver } from '../closing/final-list.resolver.js';
import { ObjectionResolver } from '../closing/objection.resolver.js';
import { PublicityListResolver } from '../closing/publicity.resolver.js';
import { ReReviewStartResolver } from '../closing/re-review-start.resolver.js';
import { CommitteeResolver } from '../committee/committee.resolver.js';
import { ConflictResolver } from '../conflicts/conflict.resolver.js';
import { AwardCycleResolver, CategoryConfigResolver } from '../cycles/cycle.resolver.js';
import {
  ExpertConflictResolver,
  ExpertEmploymentResolver,
  ExpertFieldResolver,
  ExpertResolver,
} from '../experts/expert.resolver.js';
import { ExpertDeclarationResolver } from '../experts/expert-declaration.resolver.js';
import { ExpertImportResolver } from '../experts/expert-import.resolver.js';
import { ExpertPoolResolver } from '../experts/expert-pool.resolver.js';
import { NominationFileDeletionResolver } from '../files/nomination-file-deletion.resolver.js';
import type { EventBus } from '../live/event-bus.js';
import { ReviewProgressResolver } from '../live/review-progress.resolver.js';
import { FormalReviewResolver } from '../nominations/formal-review.resolver.js';
import { NominationResolver } from '../nominations/nomination.resolver.js';
import { NominationDraftResolver } from '../nominations/nomination-draft.resolver.js';
import {
  CompleterResolver,
  CompletingOrganizationResolver,
  NominationFileResolver,
} from '../nominations/nomination-rows.resolver.js';
import { NominationSectionsResolver } from '../nominations/nomination-sections.resolver.js';
import { ReturnedSectionsResolver } from '../nominations/returned-sections.resolver.js';
import { SubmissionResolver } from '../nominations/submission.resolver.js';
import { NotificationResolver } from '../notifications/notification.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { NominationReReviewResolver, ReReviewBallotResolver } from '../results/re-review-ballot.resolver.js';
import { NominationResultResolver } from '../results/result.resolver.js';
import { CriterionResolver, RubricResolver } from '../scoring/rubric.resolver.js';
import { CriterionScoreResolver, ScoreSheetResolver } from '../scoring/score-sheet.resolver.js';
import { ScoringResolver } from '../scoring/scoring.resolver.js';

export const resolvers = [
  AuditResolver,
  AuthResolver,
  AccountResolver,
  AwardCycleResolver,
  CategoryConfigResolver,
  OrganizationResolver,
  NominationResolver,
  NominationDraftResolver,
  NominationSectionsResolver,
  SubmissionResolver,
  ReturnedSectionsResolver,
  FormalReviewResolver,
  NotificationResolver,
  CompleterResolver,
  CompletingOrganizationResolver,
  NominationFileResolver,
  NominationFileDeletionResolver,
  ExpertResolver,
  ExpertFieldResolver,
  ExpertEmploymentResolver,
  ExpertConflictResolver,
  ExpertPoolResolver,
  ExpertImportResolver,
  ExpertDeclarationResolver,
  AssignmentResolver,
  AssignmentProposalResolver,
  ReviewerChangesResolver,
  ConflictResolver,
  AssignmentResponseResolver,
  RubricResolver,
  CriterionResolver,
  ScoreSheetResolver,
  ScoringResolver,
  CriterionScoreResolver,
  NominationResultResolver,
  ReviewProgressResolver,
  CommitteeResolver,
  ReReviewBallotResolver,
  NominationReReviewResolver,
  ReReviewStartResolver,
  PublicityListResolver,
  ObjectionResolver,
  FinalListResolver,
] as const;

export function buildApiSchema(pubSub: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // Unauthorised fields are refused, not silently nulled, so a client knows why data is missing.
    authMode: 'error',
    pubSub: pubSub as never,
    validate: false,
    emitSchemaFile: false,
  });
}
