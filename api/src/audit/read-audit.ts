import { type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { uuidArray } from '../db/sql-arrays.js';
import type { Loaders } from '../graphql/loaders.js';
import type { AuditEvent } from './audit-event.entity.js';
import type { AuditAction, AuditEntityType } from './audit-kinds.js';

const READ: AuditAction = 'READ';

/** Who reads, and which kind of row (its ids are uuids). */
export interface Reader {
  actorId: string;
  entityType: AuditEntityType;
}

/**
 * SQL that records reads in the audit trail (award-rules.md: every look at a score sheet by the chair
 * or the secretariat is audited): one row for all the rows that the query `ids` selects (one uuid
 * column), listing them in `after.ids`, which the hash chain covers, with the first as its entityId;
 * none when it selects none. Its parameters: `[actorId, entityType, ...those of ids]`. As a
 * data-modifying CTE of the statement that reads the rows, the reads and their record commit together.
 * One row per request rather than per row read: a results page shows a hundred sheets, and every row
 * of the trail is inserted, then chained (audit-chain.ts).
 */
export function recordReadsSql(ids: string): string {
  return `insert into audit_event (actor_id, action, entity_type, entity_id, after)
    select ?::uuid, '${READ}', ?::text, min(read.id::text),
      jsonb_build_object('ids', jsonb_agg(read.id::text order by read.id))
    from (${ids}) as read (id) having count(*) > 0`;
}

/** The reads of this row, among the rows that record reads of several (recordReadsSql). */
export function readsOf(entityId: string): FilterQuery<AuditEvent> {
  return { action: READ, [raw(`(after -> 'ids') @> ?::jsonb`, [JSON.stringify([entityId])])]: true };
}

/** This request's reads of one kind of row, recorded together in one statement. */
function reads(loaders: Loaders, em: EntityManager, reader: Reader): DataLoader<string, true> {
  return loaders.batch<true>(`audit-read:${reader.entityType}`, async (ids) => {
    await em.execute(recordReadsSql('select unnest(?::uuid[])'), [
      reader.actorId,
      reader.entityType,
      uuidArray(ids),
    ]);
    return ids.map(() => true as const);
  });
}

/** Records that the reader read this row, before it is shown. */
export function auditRead(
  loaders: Loaders,
  em: EntityManager,
  reader: Reader,
  entityId: string,
): Promise<true> {
  return reads(loaders, em, reader).load(entityId);
}

/** Reads that a statement recorded itself (with recordReadsSql): this request records them no more. */
export function primeRecordedReads(
  loaders: Loaders,
  em: EntityManager,
  reader: Reader,
  entityIds: readonly string[],
): void {
  const loader = reads(loaders, em, reader);
  for (const id of entityIds) loader.prime(id, true);
}
