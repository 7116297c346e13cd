import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { uuidArray } from '../db/sql-arrays.js';
import type { Loaders } from '../graphql/loaders.js';

/** Who reads, and which kind of row (its ids are uuids). */
export interface Reader {
  actorId: string;
  entityType: string;
}

/**
 * SQL that records reads in the audit trail (award-rules.md: every look at a score sheet by the chair
 * or the secretariat is audited): one row per id that the query `ids` selects (one uuid column), with
 * the parameters `[actorId, entityType, ...those of ids]`. As a data-modifying CTE of the statement
 * that reads the rows, the reads and their record commit together. The chainer links the rows into
 * the hash chain after commit (audit-chain.ts).
 */
export function recordReadsSql(ids: string): string {
  return `insert into audit_event (actor_id, action, entity_type, entity_id)
    select ?::uuid, 'READ', ?::text, read.id::text from (${ids}) as read (id)`;
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
