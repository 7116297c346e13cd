import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { policy } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { assertId } from '../db/find-by-id.js';
import { DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Bilingual } from '../i18n/text.js';
import { Nomination } from './nomination.entity.js';
import { isInNominatorsHands } from './nomination-lifecycle.js';

/**
 * The viewer's own nomination, for a change: locked when asked, which reads the row afresh, so the
 * state checked is the state while the lock is held. Another organization's is NOT_FOUND, as one that
 * does not exist.
 */
export async function ownNomination(
  em: EntityManager,
  viewer: Viewer,
  nominationId: string,
  options: { lock?: boolean } = {},
): Promise<Nomination> {
  assertId('id', nominationId);
  const nomination = await em.findOne(
    Nomination,
    { id: nominationId },
    options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!nomination || !policy.ownsNomination(viewer, nomination)) throw notFound('Nomination', nominationId);
  return nomination;
}

/**
 * The nominator changes its nomination (the form, its files, its submission) only inside the nomination
 * window, before submission or after a return, and, when it says which version it read, at that version.
 */
export async function assertNominatorMayChange(
  em: EntityManager,
  nomination: Nomination,
  change: Bilingual,
  readVersion?: number,
): Promise<void> {
  await assertWindowOpen(em, nomination.cycle.id, WindowKind.NOMINATION);
  if (!isInNominatorsHands(nomination.status)) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `A nomination that is “${term('nominationStatus', nomination.status, 'en')}” cannot be changed: ${change.en} happens while it is a draft or returned.`,
        zh: `处于“${term('nominationStatus', nomination.status)}”状态的提名不能${change.zh}：只有草稿或已退回的提名可以${change.zh}。`,
      },
      { status: nomination.status },
    );
  }
  if (readVersion !== undefined && nomination.version !== readVersion) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'The nomination was saved elsewhere meanwhile; reload it and try again.',
        zh: '此提名已在其他窗口或由他人保存，请重新加载后再试。',
      },
      { currentVersion: nomination.version },
    );
  }
}
