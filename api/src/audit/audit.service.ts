import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditAction, AuditEntityType } from './audit-kinds.js';

export interface AuditRecord {
  actorId: string | null;
  /** what happened, e.g. NOMINATION_WITHDRAWN, SIGNED_IN, SCORE_SHEET_READ */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the audit trail inside the caller's transaction: the change and its record commit or roll
 * back together. The rows go in unchained, so that writes never wait for each other here; the chainer
 * (audit-chain.ts) links each committed row to the one before it shortly after.
 */
export async function recordAudits(
  em: EntityManager,
  records: readonly AuditRecord[],
): Promise<AuditEvent[]> {
  const at = new Date();
  const events = records.map((record) =>
    em.create(AuditEvent, {
      at,
      actor: record.actorId ? em.getReference(User, record.actorId) : null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    }),
  );
  await em.flush();
  return events;
}

export async function recordAudit(em: EntityManager, record: AuditRecord): Promise<AuditEvent> {
  const [event] = await recordAudits(em, [record]);
  return event;
}
