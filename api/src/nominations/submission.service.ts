import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { printedNominationForm } from '../documents/nomination-form.js';
import { contentSha256 } from '../documents/printed-document.js';
import { DomainError } from '../errors.js';
import { terms } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { moveNomination } from './nomination-status.service.js';
import { NominationSubmission } from './nomination-submission.entity.js';
import { assertNominatorMayChange, ownNomination } from './own-nomination.js';
import { submissionReadiness } from './submission-readiness.js';
import { TransitionNote } from './transition-note.js';

/**
 * Submits the nomination as the editor last read it (`version`): everything the filing flow asks for
 * must be there; the form's content is frozen in a NominationSubmission that later corrections cannot
 * change. Call inside the mutation's transaction.
 */
export async function submitNomination(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  nominationId: string,
  version: number,
): Promise<Nomination> {
  // Locked, like uploads and deletions of its files, so that none slips in between the check and the move.
  const nomination = await ownNomination(em, viewer, nominationId, { lock: true });
  await assertNominatorMayChange(em, nomination, { en: 'submitting', zh: '提交' }, version);
  const readiness = await submissionReadiness(em, nomination);
  if (!readiness.isReady) {
    throw new DomainError(
      'INCOMPLETE',
      {
        en: `Cannot submit yet; missing: ${readiness.missing.join(', ')}.`,
        zh: `尚不能提交，还缺少：${terms('submissionRequirement', readiness.missing)}。`,
      },
      {
        missing: readiness.missing,
      },
    );
  }
  const content = await printedNominationForm(em, nomination);
  const earlier = await em.count(NominationSubmission, { nomination: nomination.id });
  const submission = em.create(NominationSubmission, {
    nomination,
    number: earlier + 1,
    nominationVersion: nomination.version,
    content,
    contentSha256: contentSha256(content),
    submittedBy: viewer.userId,
  });
  // The queue of formal review shows, and orders by, the time of the latest submission.
  nomination.submittedAt = submission.submittedAt;
  const why = earlier === 0 ? {} : { note: TransitionNote.RESUBMITTED };
  await moveNomination(em, publish, nomination, NominationStatus.SUBMITTED, viewer.userId, '', why);
  return nomination;
}
