import type { Role } from './role.js';

/** Who is asking: resolved once per request from the session token. */
export interface Viewer {
  userId: string;
  roles: readonly Role[];
  organizationId: string | null;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && roles.some((role) => viewer.roles.includes(role));
}
