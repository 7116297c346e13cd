import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Role } from './role.js';

/** `@Authorized()` needs a viewer; `@Authorized(Role.X, …)` needs one of those roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (!viewer) return false;
  return roles.length === 0 || roles.some((role) => viewer.roles.includes(role));
};
