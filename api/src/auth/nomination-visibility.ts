import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentStatus } from '../assignments/assignment.entity.js';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { DomainError } from '../errors.js';
import { Expert } from '../experts/expert.entity.js';
import type { Loaders } from '../graphql/loaders.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { Role, STAFF } from './role.js';
import { hasRole, type Viewer } from './viewer.js';

/** The stages the committee deliberates on or has decided: what its members see. */
const COMMITTEE_STAGES = [
  NominationStatus.RE_REVIEW,
  NominationStatus.PUBLICITY,
  NominationStatus.APPROVED,
  NominationStatus.NOT_AWARDED,
];

/**
 * Which nominations a viewer may see (award-rules.md, Blind review and visibility), as a filter every
 * nomination query adds: staff all; a nominator its organization's; a committee member those at
 * re-review or decided; an expert those assigned to it and not declined, recused or in conflict,
 * once it has accepted the impartiality declaration. Several roles see the union.
 */
export async function visibleNominations(
  em: EntityManager,
  viewer: Viewer | null,
): Promise<FilterQuery<Nomination>> {
  if (!viewer)
    throw new DomainError('UNAUTHENTICATED', {
      en: 'Sign in to see nominations.',
      zh: '请先登录再查看提名。',
    });
  if (hasRole(viewer, ...STAFF)) return {};
  const scopes: FilterQuery<Nomination>[] = [];
  if (hasRole(viewer, Role.NOMINATOR) && viewer.organizationId)
    scopes.push({ nominator: viewer.organizationId });
  if (hasRole(viewer, Role.COMMITTEE_MEMBER)) scopes.push({ status: { $in: COMMITTEE_STAGES } });
  if (hasRole(viewer, Role.EXPERT))
    scopes.push({ id: { $in: await nominationsToReview(em, viewer.userId) } });
  if (scopes.length === 0) return { id: { $in: [] } };
  return scopes.length === 1 ? scopes[0] : { $or: scopes };
}

/**
 * Whether the viewer may see this nomination, for fields that reach a nomination from elsewhere (an
 * assignment); batched, so a list of assignments asks once.
 */
export async function mayViewNomination(
  { em, loaders, viewer }: { em: EntityManager; loaders: Loaders; viewer: Viewer | null },
  nominationId: string,
): Promise<boolean> {
  if (hasRole(viewer, ...STAFF)) return true;
  return loaders
    .batch<boolean>('Nomination#visible', async (ids) => {
      const scope = await visibleNominations(em, viewer);
      const visible = await em.find(
        Nomination,
        { $and: [{ id: { $in: [...ids] } }, scope] },
        { fields: ['id'] },
      );
      const visibleIds = new Set(visible.map((nomination) => nomination.id));
      return ids.map((id) => visibleIds.has(id));
    })
    .load(nominationId);
}

/**
 * The nominations an expert reviews: assigned, not declined or recused, after its declaration, and in
 * no conflict of interest by any rule (conflicts/conflict-rules.ts), even one that arose after the
 * assignment (a new employer on record, a declaration).
 */
async function nominationsToReview(em: EntityManager, userId: string): Promise<string[]> {
  const assignments = await em.find(
    Assignment,
    {
      expert: { user: userId, declarationAcceptedAt: { $ne: null } },
      status: { $nin: [AssignmentStatus.DECLINED, AssignmentStatus.RECUSED] },
    },
    { fields: ['nomination', 'expert'] },
  );
  const experts = await em.find(
    Expert,
    { id: { $in: [...new Set(assignments.map((assignment) => assignment.expert.id))] } },
    { fields: ['cycle'] },
  );
  const visible: string[] = [];
  for (const expert of experts) {
    const assigned = assignments
      .filter((assignment) => assignment.expert.id === expert.id)
      .map((assignment) => assignment.nomination.id);
    const conflicts = await findConflicts(em, {
      cycleId: expert.cycle.id,
      expertIds: [expert.id],
      nominationIds: assigned,
    });
    visible.push(...assigned.filter((nominationId) => !conflicts.hasConflict(expert.id, nominationId)));
  }
  return visible;
}
