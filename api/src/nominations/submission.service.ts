import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { policy } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { assertId } from '../db/find-by-id.js';
import { printedNominationForm } from '../documents/nomination-form.js';
import { contentSha256 } from '../documents/printed-document.js';
import { DomainError, notFound } from '../errors.js';
import { term, terms } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { isInNominatorsHands } from './nomination-lifecycle.js';
import { moveNomination } from './nomination-status.service.js';
import { NominationSubmission } from './nomination-submission.entity.js';
import { submissionReadiness } from './submission-readiness.js';

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
  assertId('id', nominationId);
  const nomination = await em.findOne(
    Nomination,
    { id: nominationId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!nomination) throw notFound('Nomination', nominationId);
  if (!policy.ownsNomination(viewer, nomination)) {
    throw new DomainError('FORBIDDEN', {
      en: 'Only its nominator may submit a nomination.',
      zh: '只有提名单位本身可以提交该提名。',
    });
  }
  await assertWindowOpen(em, nomination.cycle.id, WindowKind.NOMINATION);
  if (!isInNominatorsHands(nomination.status)) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `A nomination in state ${nomination.status} cannot be submitted.`,
        zh: `处于“${term('nominationStatus', nomination.status)}”状态的提名不能提交。`,
      },
      {
        status: nomination.status,
      },
    );
  }
  if (nomination.version !== version) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'The nomination changed since it was read; reload it and try again.',
        zh: '提名在您读取后已被修改，请重新加载后再试。',
      },
      {
        currentVersion: nomination.version,
      },
    );
  }
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
