import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditRecord, recordAudit } from '../audit/audit.service.js';
import { Role } from '../auth/role.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { assertId, findById } from '../db/find-by-id.js';
import { badInput } from '../errors.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';
import { ExpertConflict } from './expert-conflict.entity.js';
import { ExpertEmployment } from './expert-employment.entity.js';
import { ExpertField } from './expert-field.entity.js';
import {
  assertNoProblems,
  DEFAULT_MAX_LOAD,
  type ExpertProfile,
  profileProblems,
} from './expert-profile.rules.js';
import type { ExpertChangesInput, ExpertConflictInput, NewExpertInput } from './expert-profile.types.js';

/** Which child lists a save replaces; the others stay as they are. */
export interface ListsToReplace {
  fields: boolean;
  employments: boolean;
  conflicts: boolean;
}

const ALL_LISTS: ListsToReplace = { fields: true, employments: true, conflicts: true };

/** Adds the secretariat's new expert to a cycle's pool (issue 5, Expert pool). */
export async function createExpert(em: EntityManager, actor: Viewer, input: NewExpertInput): Promise<Expert> {
  const cycle = await findById(em, AwardCycle, input.cycleId, 'cycleId');
  const profile: ExpertProfile = {
    name: input.name.trim(),
    title: input.title.trim(),
    employerId: input.employerId ?? null,
    accountId: input.accountId ?? null,
    idDocumentNumber: blankToNull(input.idDocumentNumber),
    maxLoad: input.maxLoad ?? DEFAULT_MAX_LOAD,
    isAvailable: input.isAvailable ?? true,
    fields: input.fields.map(fieldOf),
    employments: (input.employments ?? []).map(employmentOf),
    conflicts: (input.conflicts ?? []).map(conflictOf),
  };
  assertNoProblems(profileProblems(profile));
  await assertReferences(em, cycle.id, profile, null);
  return em.transactional(async (tx) => {
    const { expert, audit } = await saveExpertProfile(tx, actor, cycle, null, profile, ALL_LISTS);
    await recordAudit(tx, audit);
    return expert;
  });
}

/** Changes an expert's profile: what the input leaves out stays; a list given replaces the list. */
export async function updateExpert(
  em: EntityManager,
  actor: Viewer,
  expertId: string,
  changes: ExpertChangesInput,
): Promise<Expert> {
  const expert = await findById(em, Expert, expertId);
  const current = await profileOf(em, expert);
  const profile: ExpertProfile = {
    name: changes.name?.trim() ?? current.name,
    title: changes.title?.trim() ?? current.title,
    employerId: changes.employerId === undefined ? current.employerId : changes.employerId,
    accountId: changes.accountId === undefined ? current.accountId : changes.accountId,
    idDocumentNumber:
      changes.idDocumentNumber === undefined
        ? current.idDocumentNumber
        : blankToNull(changes.idDocumentNumber),
    maxLoad: changes.maxLoad ?? current.maxLoad,
    isAvailable: changes.isAvailable ?? current.isAvailable,
    fields: changes.fields?.map(fieldOf) ?? current.fields,
    employments: changes.employments?.map(employmentOf) ?? current.employments,
    conflicts: changes.conflicts?.map(conflictOf) ?? current.conflicts,
  };
  assertNoProblems(profileProblems(profile));
  await assertReferences(em, expert.cycle.id, profile, expert.id);
  const lists = {
    fields: changes.fields != null,
    employments: changes.employments != null,
    conflicts: changes.conflicts != null,
  };
  return em.transactional(async (tx) => {
    const { audit } = await saveExpertProfile(tx, actor, expert.cycle, expert, profile, lists, current);
    await recordAudit(tx, audit);
    return expert;
  });
}

/** Marks an expert available or not for assignment; an unavailable expert keeps its current assignments. */
export async function setExpertAvailability(
  em: EntityManager,
  actor: Viewer,
  expertId: string,
  isAvailable: boolean,
): Promise<Expert> {
  const expert = await findById(em, Expert, expertId);
  const before = expert.isAvailable;
  return em.transactional(async (tx) => {
    expert.isAvailable = isAvailable;
    await tx.flush();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'EXPERT_AVAILABILITY_SET',
      entityType: 'Expert',
      entityId: expert.id,
      before: { isAvailable: before },
      after: { isAvailable },
    });
    return expert;
  });
}

/**
 * Writes a profile, new (`expert` null) or over an existing one, inside the caller's transaction, and
 * returns the audit record of the change for the caller to append (one per expert, import included).
 */
export async function saveExpertProfile(
  em: EntityManager,
  actor: Viewer,
  cycle: AwardCycle,
  existing: Expert | null,
  profile: ExpertProfile,
  lists: ListsToReplace,
  before?: ExpertProfile,
): Promise<{ expert: Expert; audit: AuditRecord }> {
  const previous = existing ? (before ?? (await profileOf(em, existing))) : null;
  const scalars = {
    name: profile.name,
    title: profile.title,
    employer: profile.employerId ? em.getReference(Organization, profile.employerId) : null,
    user: profile.accountId ? em.getReference(User, profile.accountId) : null,
    idDocumentNumber: profile.idDocumentNumber,
    maxLoad: profile.maxLoad,
    isAvailable: profile.isAvailable,
  };
  const expert = existing ?? em.create(Expert, { cycle, ...scalars });
  if (existing) em.assign(existing, scalars);
  await em.flush();
  if (existing && lists.fields) await em.nativeDelete(ExpertField, { expert: expert.id });
  if (existing && lists.employments) await em.nativeDelete(ExpertEmployment, { expert: expert.id });
  if (lists.fields)
    for (const field of profile.fields)
      em.create(ExpertField, {
        expert,
        field: em.getReference(ExpertiseField, field.fieldId),
        isPrimary: field.isPrimary,
      });
  if (lists.employments)
    for (const employment of profile.employments)
      em.create(ExpertEmployment, {
        expert,
        organization: em.getReference(Organization, employment.organizationId),
        startedOn: employment.startedOn,
        endedOn: employment.endedOn,
      });
  if (lists.conflicts) await replaceConflicts(em, expert, profile.conflicts, !existing);
  await em.flush();
  return {
    expert,
    audit: {
      actorId: actor.userId,
      action: existing ? 'EXPERT_UPDATED' : 'EXPERT_CREATED',
      entityType: 'Expert',
      entityId: expert.id,
      before: previous ? auditView(previous) : undefined,
      after: auditView(profile),
    },
  };
}

/**
 * Replaces an expert's recorded conflicts with the given list, keeping the rows that stay as they are
 * (and so when they were recorded): a conflict recorded at a recusal keeps its date.
 */
async function replaceConflicts(
  em: EntityManager,
  expert: Expert,
  conflicts: ExpertProfile['conflicts'],
  isNew: boolean,
): Promise<void> {
  const keyOf = (conflict: ExpertProfile['conflicts'][number]) =>
    JSON.stringify([conflict.source, conflict.organizationId, conflict.nominationId, conflict.reason.trim()]);
  const wanted = new Map(conflicts.map((conflict) => [keyOf(conflict), conflict]));
  const stored = isNew ? [] : await em.find(ExpertConflict, { expert: expert.id });
  for (const row of stored) {
    const key = keyOf({
      source: row.source,
      organizationId: row.organization?.id ?? null,
      nominationId: row.nomination?.id ?? null,
      reason: row.reason,
    });
    if (wanted.has(key)) wanted.delete(key);
    else em.remove(row);
  }
  for (const conflict of wanted.values())
    em.create(ExpertConflict, {
      expert,
      source: conflict.source,
      organization: conflict.organizationId ? em.getReference(Organization, conflict.organizationId) : null,
      nomination: conflict.nominationId ? em.getReference(Nomination, conflict.nominationId) : null,
      reason: conflict.reason.trim(),
    });
}

/** The stored profile of an expert, in the shape the rules take. */
export async function profileOf(em: EntityManager, expert: Expert): Promise<ExpertProfile> {
  const [fields, employments, conflicts] = await Promise.all([
    em.find(ExpertField, { expert: expert.id }, { orderBy: { isPrimary: 'desc', id: 'asc' } }),
    em.find(ExpertEmployment, { expert: expert.id }, { orderBy: { endedOn: 'desc', id: 'asc' } }),
    em.find(ExpertConflict, { expert: expert.id }, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
  ]);
  return {
    name: expert.name,
    title: expert.title,
    employerId: expert.employer?.id ?? null,
    accountId: expert.user?.id ?? null,
    idDocumentNumber: expert.idDocumentNumber ?? null,
    maxLoad: expert.maxLoad,
    isAvailable: expert.isAvailable,
    fields: fields.map((row) => ({ fieldId: row.field.id, isPrimary: row.isPrimary })),
    employments: employments.map((row) => ({
      organizationId: row.organization.id,
      startedOn: row.startedOn ?? null,
      endedOn: row.endedOn,
    })),
    conflicts: conflicts.map((row) => ({
      source: row.source,
      organizationId: row.organization?.id ?? null,
      nominationId: row.nomination?.id ?? null,
      reason: row.reason,
    })),
  };
}

/** The profile as the audit trail keeps it: the identity document number is personal data, so only whether one is kept. */
function auditView({ idDocumentNumber, ...rest }: ExpertProfile) {
  return { ...rest, hasIdDocumentNumber: idDocumentNumber != null };
}

/** Every id the profile names exists, and belongs to the expert's cycle where that matters. */
async function assertReferences(
  em: EntityManager,
  cycleId: string,
  profile: ExpertProfile,
  expertId: string | null,
): Promise<void> {
  if (profile.employerId) await findById(em, Organization, profile.employerId, 'employerId');
  if (profile.accountId) await assertExpertAccount(em, cycleId, profile.accountId, expertId);
  for (const [i, { fieldId }] of profile.fields.entries()) {
    assertId(`fields[${i}].fieldId`, fieldId);
    const field = await em.findOne(ExpertiseField, { id: fieldId }, { fields: ['cycle'] });
    if (!field)
      throw badInput(`fields[${i}].fieldId`, {
        en: `no field of expertise has the id ${fieldId}`,
        zh: `没有编号为 ${fieldId} 的专业领域`,
      });
    if (field.cycle.id !== cycleId)
      throw badInput(`fields[${i}].fieldId`, {
        en: 'is a field of another cycle, not of this expert’s cycle',
        zh: '属于其他评选年度，不是该专家所在年度的专业领域',
      });
  }
  for (const [i, { organizationId }] of profile.employments.entries())
    await findById(em, Organization, organizationId, `employments[${i}].organizationId`);
  for (const [i, conflict] of profile.conflicts.entries()) {
    if (conflict.organizationId)
      await findById(em, Organization, conflict.organizationId, `conflicts[${i}].organizationId`);
    if (conflict.nominationId) {
      const nomination = await findById(
        em,
        Nomination,
        conflict.nominationId,
        `conflicts[${i}].nominationId`,
      );
      if (nomination.cycle.id !== cycleId)
        throw badInput(`conflicts[${i}].nominationId`, {
          en: 'is a nomination of another cycle',
          zh: '属于其他评选年度的提名',
        });
    }
  }
}

/** An account linked to an expert is an EXPERT's, and has at most one expert profile per cycle. */
export async function assertExpertAccount(
  em: EntityManager,
  cycleId: string,
  accountId: string,
  expertId: string | null,
  field = 'accountId',
): Promise<void> {
  const account = await findById(em, User, accountId, field);
  if (!account.roles.includes(Role.EXPERT))
    throw badInput(field, {
      en: `${account.email} is not an expert’s account`,
      zh: `${account.email} 不是评审专家账号`,
    });
  const other = await em.findOne(Expert, { cycle: cycleId, user: accountId });
  if (other && other.id !== expertId)
    throw badInput(field, {
      en: `${account.email} is already the account of expert ${other.name} in this cycle`,
      zh: `${account.email} 已是本年度专家${other.name}的账号`,
    });
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function fieldOf(input: { fieldId: string; isPrimary: boolean }) {
  return { fieldId: input.fieldId, isPrimary: input.isPrimary };
}

function employmentOf(input: { organizationId: string; startedOn?: string | null; endedOn: string }) {
  return { organizationId: input.organizationId, startedOn: input.startedOn ?? null, endedOn: input.endedOn };
}

function conflictOf(input: ExpertConflictInput) {
  return {
    source: input.source,
    organizationId: input.organizationId ?? null,
    nominationId: input.nominationId ?? null,
    reason: input.reason,
  };
}
