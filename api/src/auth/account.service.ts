import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { findById } from '../db/find-by-id.js';
import { badInput, DomainError } from '../errors.js';
import { terms } from '../i18n/terms.js';
import { Organization } from '../organizations/organization.entity.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';
import { endAllSessions } from './session.service.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

/** The accounts the secretariat hands out (award-rules.md: it creates nominators' and experts' accounts). */
export const ROLES_THE_SECRETARIAT_GRANTS: readonly Role[] = [Role.NOMINATOR, Role.EXPERT];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  organizationId?: string | null;
}

/**
 * Creates a nominator's or an expert's account with a random first password, returned once for the
 * secretariat to hand over (the holder changes it with changePassword).
 */
export async function createAccount(
  em: EntityManager,
  actor: Viewer,
  account: NewAccount,
): Promise<{ user: User; initialPassword: string }> {
  const email = account.email.trim().toLowerCase();
  if (!EMAIL.test(email))
    throw badInput('email', { en: 'is not an email address', zh: '不是有效的电子邮箱地址' });
  const displayName = account.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100)
    throw badInput('displayName', { en: 'must have 1 to 100 characters', zh: '应为 1 至 100 个字符' });
  if (!ROLES_THE_SECRETARIAT_GRANTS.includes(account.role)) {
    throw badInput('role', {
      en: `must be one of ${ROLES_THE_SECRETARIAT_GRANTS.join(', ')}`,
      zh: `应为${terms('role', ROLES_THE_SECRETARIAT_GRANTS)}之一`,
    });
  }
  if (account.role === Role.NOMINATOR && !account.organizationId) {
    throw badInput('organizationId', {
      en: 'a nominator acts for an organization: name it',
      zh: '提名单位账号须指定所属单位',
    });
  }
  const organization = account.organizationId
    ? await findById(em, Organization, account.organizationId, 'organizationId')
    : null;
  if (await em.count(User, { email }))
    throw new DomainError('CONFLICT', {
      en: `email: ${email} has an account already`,
      zh: `电子邮箱：${email} 已有账号`,
    });

  const initialPassword = randomBytes(12).toString('base64url');
  const user = await em.transactional(async (tx) => {
    const created = tx.create(User, {
      email,
      displayName,
      passwordHash: await hashPassword(initialPassword),
      roles: [account.role],
      organization,
    });
    await tx.flush();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'ACCOUNT_CREATED',
      entityType: 'User',
      entityId: created.id,
      after: { email, displayName, roles: created.roles, organizationId: organization?.id ?? null },
    });
    return created;
  });
  return { user, initialPassword };
}

/** Disables or re-enables an account; disabling ends its sessions at once. */
export async function setAccountDisabled(
  em: EntityManager,
  actor: Viewer,
  userId: string,
  isDisabled: boolean,
): Promise<User> {
  const user = await findById(em, User, userId);
  if (user.id === actor.userId)
    throw new DomainError('FORBIDDEN', {
      en: 'You cannot disable your own account.',
      zh: '不能停用自己的账号。',
    });
  await em.transactional(async (tx) => {
    const before = user.isDisabled;
    tx.assign(user, { isDisabled });
    await tx.flush();
    if (isDisabled) await endAllSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: isDisabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED',
      entityType: 'User',
      entityId: user.id,
      before: { isDisabled: before },
      after: { isDisabled },
    });
  });
  return user;
}
