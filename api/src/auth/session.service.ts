import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { badInput, DomainError } from '../errors.js';
import { hashPassword, isPasswordCorrect } from './password.js';
import { assertStrongPassword } from './password-strength.js';
import { Session } from './session.entity.js';
import type { SignInGuard } from './sign-in-guard.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checks the password, within the sign-in limits, and opens a session. */
export async function signIn(
  em: EntityManager,
  guard: SignInGuard,
  attempt: { email: string; password: string; clientAddress: string },
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const email = attempt.email.trim().toLowerCase();
  await guard.assertAllowed(email, attempt.clientAddress);
  const user = await em.findOne(User, { email });
  const isCorrect = user !== null && (await isPasswordCorrect(user.passwordHash, attempt.password));
  if (!user || !isCorrect) {
    await guard.recordFailure(email, attempt.clientAddress);
    // One message whether the account exists or not, so sign-in does not reveal which emails are accounts.
    throw new DomainError('UNAUTHENTICATED', { en: 'Wrong email or password.', zh: '电子邮箱或密码错误。' });
  }
  await guard.recordSuccess(email);
  if (user.isDisabled)
    throw new DomainError('FORBIDDEN', {
      en: 'This account is disabled; contact the secretariat.',
      zh: '该账号已停用，请与秘书处联系。',
    });
  return openSession(em, user);
}

/** A new session for the user, recorded in the audit trail; the token is returned once, never stored. */
async function openSession(
  em: EntityManager,
  user: User,
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await em.transactional(async (tx) => {
    const session = tx.create(Session, { user, tokenHash: hashToken(token), expiresAt });
    await tx.flush();
    await recordAudit(tx, {
      actorId: user.id,
      action: 'SIGNED_IN',
      entityType: 'Session',
      entityId: session.id,
      after: { expiresAt },
    });
  });
  return { token, user, expiresAt };
}

/**
 * Changes the viewer's password after checking the current one and the new one's strength, ends every
 * session of the account (a stolen token dies with the old password) and opens a new one for this client.
 */
export async function changePassword(
  em: EntityManager,
  viewer: Viewer,
  passwords: { current: string; next: string },
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const user = await em.findOneOrFail(User, { id: viewer.userId });
  if (!(await isPasswordCorrect(user.passwordHash, passwords.current))) {
    throw badInput('currentPassword', {
      en: 'is not the password of this account',
      zh: '与本账号的密码不符',
    });
  }
  assertStrongPassword('newPassword', passwords.next, [user.email, user.displayName]);
  const passwordHash = await hashPassword(passwords.next);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    await endAllSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: 'PASSWORD_CHANGED',
      entityType: 'User',
      entityId: user.id,
    });
  });
  return openSession(em, user);
}

/** Revokes every live session of an account (password changed, account disabled). */
export async function endAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

export async function signOut(em: EntityManager, viewer: Viewer, token: string): Promise<void> {
  await em.transactional(async (tx) => {
    const session = await tx.findOne(Session, { tokenHash: hashToken(token), revokedAt: null });
    if (!session) return;
    session.revokedAt = new Date();
    await tx.flush();
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: 'SIGNED_OUT',
      entityType: 'Session',
      entityId: session.id,
    });
  });
}

/** A live session: whose, and until when. */
export interface LiveSession {
  viewer: Viewer;
  expiresAt: Date;
}

/** The live session of a token, or null for a missing, unknown, expired or revoked token or a disabled account. */
export async function findLiveSession(
  em: EntityManager,
  token: string | undefined,
): Promise<LiveSession | null> {
  if (!token) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user'] },
  );
  const user = session?.user;
  if (!session || !user || user.isDisabled) return null;
  return {
    viewer: { userId: user.id, roles: user.roles, organizationId: user.organization?.id ?? null },
    expiresAt: session.expiresAt,
  };
}

/** The viewer of a live session, or null. */
export async function findViewer(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  return (await findLiveSession(em, token))?.viewer ?? null;
}
