import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { canonicalJson } from './canonical-json.js';

/** Advisory lock key that serialises appends, so that each row chains to the one committed before it. */
const AUDIT_CHAIN_LOCK = 4_240_2025;

export interface AuditRecord {
  actorId: string | null;
  /** what happened, e.g. NOMINATION_WITHDRAWN, SIGNED_IN, SCORE_SHEET_READ */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The hash of a row: its content and the hash of the row before it. */
export function auditHash(previousHash: string | null, event: AuditRecord & { at: Date }): string {
  const content = canonicalJson([
    event.at,
    event.actorId,
    event.action,
    event.entityType,
    event.entityId,
    event.before ?? null,
    event.after ?? null,
  ]);
  return createHash('sha256')
    .update(`${previousHash ?? ''}\n${content}`)
    .digest('hex');
}

/**
 * Appends to the audit trail inside the caller's transaction: the change and its record commit or roll
 * back together. Appends are serialised by a transaction-scoped advisory lock; several records of one
 * request chain to each other and go in one insert.
 */
export async function recordAudits(
  em: EntityManager,
  records: readonly AuditRecord[],
): Promise<AuditEvent[]> {
  await em.execute('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
  const [last] = await em.find(AuditEvent, {}, { orderBy: { id: 'desc' }, limit: 1, fields: ['hash'] });
  let previousHash = last?.hash ?? null;
  const at = new Date();
  const events = records.map((record) => {
    const hash = auditHash(previousHash, { ...record, at });
    const event = em.create(AuditEvent, {
      at,
      actor: record.actorId ? em.getReference(User, record.actorId) : null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
      previousHash,
      hash,
    });
    previousHash = hash;
    return event;
  });
  await em.flush();
  return events;
}

export async function recordAudit(em: EntityManager, record: AuditRecord): Promise<AuditEvent> {
  const [event] = await recordAudits(em, [record]);
  return event;
}

export interface AuditChainCheck {
  isIntact: boolean;
  checkedCount: number;
  /** the first row whose hash or link does not match, if any */
  firstBrokenId: string | null;
}

/** Recomputes every hash in order: an edited, removed or inserted row breaks the chain from there on. */
export async function verifyAuditChain(em: EntityManager, batchSize = 5000): Promise<AuditChainCheck> {
  let previousHash: string | null = null;
  let checkedCount = 0;
  let afterId = '0';
  for (;;) {
    const rows = await em.find(
      AuditEvent,
      { id: { $gt: afterId } },
      { orderBy: { id: 'asc' }, limit: batchSize, disableIdentityMap: true },
    );
    for (const row of rows) {
      const expected = auditHash(previousHash, {
        at: row.at,
        actorId: row.actor?.id ?? null,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      });
      if (row.previousHash !== previousHash || row.hash !== expected) {
        return { isIntact: false, checkedCount, firstBrokenId: row.id };
      }
      previousHash = row.hash;
      checkedCount++;
      afterId = row.id;
    }
    if (rows.length < batchSize) return { isIntact: true, checkedCount, firstBrokenId: null };
  }
}
