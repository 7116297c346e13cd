import type { EntityManager } from '@mikro-orm/postgresql';
import { policy } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { findById } from '../db/find-by-id.js';
import { printedNominationForm } from '../documents/nomination-form.js';
import { contentSha256 } from '../documents/printed-document.js';
import { DomainError } from '../errors.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { moveNomination } from './nomination-status.service.js';
import { NominationSubmission } from './nomination-submission.entity.js';
import { submissionReadiness } from './submission-readiness.js';

/** A nominator submits a draft, or resubmits a returned nomination, only inside the nomination window. */
const SUBMITTABLE = new Set([NominationStatus.DRAFT, NominationStatus.RETURNED]);

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
  const nomination = await findById(em, Nomination, nominationId);
  if (!policy.ownsNomination(viewer, nomination)) {
    throw new DomainError('FORBIDDEN', 'Only its nominator may submit a nomination.');
  }
  await assertWindowOpen(em, nomination.cycle.id, WindowKind.NOMINATION);
  if (!SUBMITTABLE.has(nomination.status)) {
    throw new DomainError('CONFLICT', `A nomination in state ${nomination.status} cannot be submitted.`, {
      status: nomination.status,
    });
  }
  if (nomination.version !== version) {
    throw new DomainError('CONFLICT', 'The nomination changed since it was read; reload it and try again.', {
      currentVersion: nomination.version,
    });
  }
  const readiness = await submissionReadiness(em, nomination);
  if (!readiness.isReady) {
    throw new DomainError('INCOMPLETE', `Cannot submit yet; missing: ${readiness.missing.join(', ')}.`, {
      missing: readiness.missing,
    });
  }
  const content = await printedNominationForm(em, nomination);
  const earlier = await em.count(NominationSubmission, { nomination: nomination.id });
  em.create(NominationSubmission, {
    nomination,
    number: earlier + 1,
    nominationVersion: nomination.version,
    content,
    contentSha256: contentSha256(content),
    submittedBy: viewer.userId,
  });
  const reason = earlier === 0 ? '' : 'resubmitted after correction';
  await moveNomination(em, publish, nomination, NominationStatus.SUBMITTED, viewer.userId, reason);
  return nomination;
}
