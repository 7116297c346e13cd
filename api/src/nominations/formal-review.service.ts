import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { findById } from '../db/find-by-id.js';
import { badInput, DomainError } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { assertLength } from './nomination-form-rules.js';
import { moveNomination } from './nomination-status.service.js';
import type { SectionReason } from './nomination-transition.entity.js';

const REASON_MAX = 1000;

async function submittedNomination(em: EntityManager, nominationId: string): Promise<Nomination> {
  const nomination = await findById(em, Nomination, nominationId);
  if (nomination.status !== NominationStatus.SUBMITTED) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `Formal review takes a submitted nomination, not one that is “${term('nominationStatus', nomination.status, 'en')}”.`,
        zh: `形式审查只受理已提交的提名，该提名处于“${term('nominationStatus', nomination.status)}”状态。`,
      },
      {
        status: nomination.status,
      },
    );
  }
  return nomination;
}

/** Formal review finds the nomination complete, eligible and within its limits: it goes on to review. */
export async function acceptNomination(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  nominationId: string,
  note: string | null | undefined,
): Promise<Nomination> {
  assertLength('note', note, REASON_MAX);
  const nomination = await submittedNomination(em, nominationId);
  await moveNomination(em, publish, nomination, NominationStatus.ACCEPTED, viewer.userId, note?.trim() ?? '');
  return nomination;
}

/**
 * Formal review sends the nomination back with a reason for each section at fault (award-rules.md,
 * Stages and states); the nominator reads them, corrects the form and resubmits while the window is open.
 */
export async function returnNomination(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  nominationId: string,
  reasons: SectionReason[],
): Promise<Nomination> {
  if (reasons.length === 0)
    throw badInput('reasons', {
      en: 'give at least one section and its reason',
      zh: '请至少指明一个部分及其理由',
    });
  const cleaned = reasons.map(({ section, reason }, i) => {
    if (reason.trim() === '') throw badInput(`reasons[${i}].reason`, { en: 'is required', zh: '必须填写' });
    assertLength(`reasons[${i}].reason`, reason, REASON_MAX);
    return { section, reason: reason.trim() };
  });
  const sections = cleaned.map(({ section }) => section);
  if (new Set(sections).size !== sections.length)
    throw badInput('reasons', { en: 'a section is listed twice', zh: '同一部分重复填写' });
  const nomination = await submittedNomination(em, nominationId);
  await moveNomination(em, publish, nomination, NominationStatus.RETURNED, viewer.userId, '', {
    sectionReasons: cleaned,
  });
  return nomination;
}
