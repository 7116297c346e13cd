import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { Assignment } from '../assignments/assignment.entity.js';
import { Role, STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { ScoreSheetDraftInput } from './score-sheet.types.js';
import { ScoreSheetChange } from './score-sheet-change.type.js';
import { saveScoreSheetDraft } from './score-sheet-draft.service.js';
import {
  extendReviewDeadline,
  reopenScoreSheet,
  submitScoreSheet,
} from './score-sheet-submission.service.js';

/** Online scoring: the expert's autosave and submission, the chair's reopening and extensions. */
@Resolver(() => ScoreSheet)
export class ScoringResolver {
  @Authorized(Role.EXPERT)
  @Mutation(() => ScoreSheet, {
    description:
      'one autosave of the expert’s sheet for an assignment; version null starts it; CONFLICT when stale',
  })
  saveScoreSheetDraft(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input', () => ScoreSheetDraftInput) draft: ScoreSheetDraftInput,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      saveScoreSheetDraft(tx, publish, viewer as Viewer, { assignmentId, version, draft }),
    );
  }

  @Authorized(Role.EXPERT)
  @Mutation(() => ScoreSheet, {
    description: 'validates and locks the sheet; BAD_USER_INPUT lists every problem',
  })
  submitScoreSheet(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      submitScoreSheet(tx, publish, viewer as Viewer, { id, version }),
    );
  }

  @Authorized(Role.CHAIR)
  @Mutation(() => ScoreSheet, { description: 'the chair reopens a submitted sheet, with a reason' })
  reopenScoreSheet(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      reopenScoreSheet(tx, publish, viewer as Viewer, { id, reason }),
    );
  }

  @Authorized(Role.CHAIR)
  @Mutation(() => [Assignment], { description: 'the chair moves reviewers’ deadlines later, with a reason' })
  extendReviewDeadline(
    @Arg('assignmentIds', () => [ID]) assignmentIds: string[],
    @Arg('until', () => Date) until: Date,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      extendReviewDeadline(tx, publish, viewer as Viewer, { assignmentIds, until, reason }),
    );
  }

  @Authorized(...STAFF)
  @Subscription(() => ScoreSheetChange, {
    topics: 'SCORE_SHEET_CHANGED',
    topicId: ({ args }) => args.cycleId,
    description: 'every save, submission and reopening of a score sheet in the cycle, once committed',
  })
  scoreSheetChanged(
    @Root() change: ScoreSheetChange,
    @Arg('cycleId', () => ID) _cycleId: string,
  ): ScoreSheetChange {
    return change;
  }
}
