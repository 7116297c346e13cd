import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { assertId } from '../db/find-by-id.js';
import { DomainError } from '../errors.js';
import { Registration } from './registration.entity.js';

/** The viewer's organization signs up for the cycle's innovation activity, inside the registration window. */
export async function registerForCycle(
  em: EntityManager,
  viewer: Viewer,
  cycleId: string,
): Promise<Registration> {
  assertId('cycleId', cycleId);
  const organizationId = viewer.organizationId;
  if (!organizationId)
    throw new DomainError('FORBIDDEN', {
      en: 'Only an organization’s account can register it.',
      zh: '只有单位账号可以为本单位报名。',
    });
  return em.transactional(async (tx) => {
    await assertWindowOpen(tx, cycleId, WindowKind.REGISTRATION);
    const existing = await tx.findOne(Registration, { cycle: cycleId, organization: organizationId });
    if (existing) return existing;
    const registration = tx.create(Registration, {
      cycle: cycleId,
      organization: organizationId,
      registeredBy: viewer.userId,
    });
    await tx.flush();
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: 'REGISTERED',
      entityType: 'Registration',
      entityId: registration.id,
      after: { cycleId, organizationId },
    });
    return registration;
  });
}

/** Refuses to start a nomination for an organization that has not signed up for the cycle. */
export async function assertRegistered(
  em: EntityManager,
  cycleId: string,
  organizationId: string,
): Promise<void> {
  const registration = await em.findOne(Registration, { cycle: cycleId, organization: organizationId });
  if (!registration) {
    throw new DomainError(
      'FORBIDDEN',
      {
        en: 'Register the organization for this year’s activity first.',
        zh: '请先为本单位报名参加本年度活动。',
      },
      {
        rule: 'REGISTRATION_REQUIRED',
      },
    );
  }
}
