import type { FilterQuery } from '@mikro-orm/core';
import type { Assignment } from '../assignments/assignment.entity.js';
import { DomainError } from '../errors.js';
import type { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { Role, STAFF } from './role.js';
import { hasRole, type Viewer } from './viewer.js';

/**
 * Which assignments a viewer may see (award-rules.md, Blind review): staff all; an expert its own;
 * nobody else any, so that who reviews a nomination stays secret from its nominator and from the
 * other experts.
 */
export function visibleAssignments(viewer: Viewer | null): FilterQuery<Assignment> {
  if (!viewer)
    throw new DomainError('UNAUTHENTICATED', {
      en: 'Sign in to see assignments.',
      zh: '请先登录再查看评审任务。',
    });
  if (hasRole(viewer, ...STAFF)) return {};
  if (hasRole(viewer, Role.EXPERT)) return { expert: { user: viewer.userId } };
  return { id: { $in: [] } };
}

/** The score sheets of the assignments a viewer may see: an expert never sees another expert's scores. */
export function visibleScoreSheets(viewer: Viewer | null): FilterQuery<ScoreSheet> {
  return { assignment: visibleAssignments(viewer) } as FilterQuery<ScoreSheet>;
}
