import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { Role } from './role.js';

/** `@Authorized()` needs a viewer (else UNAUTHENTICATED); `@Authorized(Role.X, …)` one of those roles (else FORBIDDEN). */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (!viewer)
    throw new DomainError('UNAUTHENTICATED', { en: 'Sign in to see or do this.', zh: '请先登录。' });
  return roles.length === 0 || roles.some((role) => viewer.roles.includes(role));
};
