import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { DomainError } from '../errors.js';
import { isPasswordCorrect } from './password.js';
import { Session } from './session.entity.js';
import type { SignInGuard } from './sign-in-guard.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checks the password and opens a session; the token is returned once and never stored. */
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
    throw new DomainError('UNAUTHENTICATED', 'Wrong email or password.');
  }
  await guard.recordSuccess(email);
  if (user.isDisabled)
    throw new DomainError('FORBIDDEN', 'This account is disabled; contact the secretariat.');
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

/** The viewer of a live session, or null for a missing, unknown, expired or revoked token. */
export async function findViewer(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user'] },
  );
  const user = session?.user;
  if (!user || user.isDisabled) return null;
  return { userId: user.id, roles: user.roles, organizationId: user.organization?.id ?? null };
}
