import { auditRead } from '../audit/read-audit.js';
import { STAFF } from '../auth/role.js';
import { hasRole } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';

/** Every score sheet a staff member is shown goes into the audit trail (award-rules.md, Blind review). */
export async function auditSheetRead(
  { loaders, em, viewer }: RequestContext,
  sheetId: string,
): Promise<void> {
  if (viewer && hasRole(viewer, ...STAFF)) {
    await auditRead(loaders, em, { actorId: viewer.userId, entityType: 'ScoreSheet', entityId: sheetId });
  }
}
