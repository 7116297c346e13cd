import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role.js';
import { User } from '../auth/user.entity.js';

/**
 * The committee (评审委员会) in office: the enabled accounts with role COMMITTEE_MEMBER, the chair
 * among them. One committee serves every cycle and category, so a cycle's committee is this set as it
 * stands when a ballot is opened; the ballot keeps that count (membersTotal), so that a later change
 * of accounts does not alter a vote already held. No per-cycle table: the award rules name no
 * committee per cycle, and the secretariat appoints members by giving accounts the role.
 */
const IN_OFFICE = { roles: { $contains: [Role.COMMITTEE_MEMBER] }, isDisabled: false } as const;

export function countCommitteeMembers(em: EntityManager): Promise<number> {
  return em.count(User, IN_OFFICE);
}

export async function isCommitteeMember(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(User, { ...IN_OFFICE, id: userId })) === 1;
}
