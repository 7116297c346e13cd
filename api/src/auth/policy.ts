import type { Nomination } from '../nominations/nomination.entity.js';
import { Role } from './role.js';
import { hasRole, type Viewer } from './viewer.js';

/**
 * The one place that answers "may this viewer do this to that" beyond plain roles (which
 * `@Authorized` checks). Each rule is a line; resolvers and services ask, never re-implement.
 */
export const policy = {
  /** A nominator acts for its own organization's nominations only. */
  ownsNomination: (viewer: Viewer | null, nomination: Nomination): boolean =>
    hasRole(viewer, Role.NOMINATOR) && viewer?.organizationId === nomination.nominator.id,
};
