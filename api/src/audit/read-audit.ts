import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../graphql/loaders.js';
import { recordAudits } from './audit.service.js';

/**
 * Records that a staff member read these rows (award-rules.md: every look at a score sheet by the chair
 * or the secretariat is audited). The reads of one request are written together, in one transaction.
 */
export function auditRead(
  loaders: Loaders,
  em: EntityManager,
  read: { actorId: string; entityType: string; entityId: string },
): Promise<true> {
  return loaders
    .batch<true>(`audit-read:${read.entityType}`, async (ids) => {
      await em.fork().transactional((tx) =>
        recordAudits(
          tx,
          ids.map((entityId) => ({
            actorId: read.actorId,
            action: 'READ',
            entityType: read.entityType,
            entityId,
          })),
        ),
      );
      return ids.map(() => true as const);
    })
    .load(read.entityId);
}
