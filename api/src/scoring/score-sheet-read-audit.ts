import { auditRead, type Reader } from '../audit/read-audit.js';
import { STAFF } from '../auth/role.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';

/**
 * Who is recorded reading score sheets: a staff member; null for anyone else (an expert reads its own
 * sheets unrecorded). Every score sheet a staff member is shown goes into the audit trail
 * (award-rules.md, Blind review).
 */
export function sheetReader(viewer: Viewer | null): Reader | null {
  return viewer && hasRole(viewer, ...STAFF) ? { actorId: viewer.userId, entityType: 'ScoreSheet' } : null;
}

/** Records a staff member's look at a sheet, this way in as any other, before the sheet is shown. */
export async function auditSheetRead(
  { loaders, em, viewer }: RequestContext,
  sheetId: string,
): Promise<void> {
  const reader = sheetReader(viewer);
  if (reader) await auditRead(loaders, em, reader, sheetId);
}
