import type { EntityManager } from '@mikro-orm/postgresql';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { uuidArray } from '../db/sql-arrays.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { ACTIVE_REVIEW } from './review-sql.js';
import type { ProblemExpert, ProblemNomination } from './solver/assignment-problem.js';

/**
 * Nominations that take reviewers: accepted by formal review, or already in preliminary review (a
 * reviewer who declined is replaced there).
 */
export const ASSIGNABLE_STATUSES = [NominationStatus.ACCEPTED, NominationStatus.PRELIMINARY_REVIEW];

export interface PoolExpert extends ProblemExpert {
  name: string;
}

/** The cycle's experts (or the given ones) with their fields, employer and current load. */
export async function loadPoolExperts(
  em: EntityManager,
  cycleId: string,
  expertIds?: string[],
): Promise<PoolExpert[]> {
  const rows = await em.execute<
    {
      id: string;
      name: string;
      employer_id: string | null;
      max_load: number;
      is_available: boolean;
      primary_field_id: string | null;
      secondary_field_ids: string[];
      load: string;
    }[]
  >(
    `select e.id, e.name, e.employer_id, e.max_load, e.is_available,
       (select f.field_id from expert_field f where f.expert_id = e.id and f.is_primary) as primary_field_id,
       array(select f.field_id from expert_field f where f.expert_id = e.id and not f.is_primary order by f.field_id)
         as secondary_field_ids,
       (select count(*) from assignment a where a.expert_id = e.id and ${ACTIVE_REVIEW}) as load
     from expert e where e.cycle_id = ? and (?::uuid[] is null or e.id = any(?::uuid[])) order by e.id`,
    [cycleId, uuidArray(expertIds), uuidArray(expertIds)],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    primaryFieldId: row.primary_field_id,
    secondaryFieldIds: row.secondary_field_ids,
    organizationId: row.employer_id,
    existingLoad: Number(row.load),
    maxLoad: row.max_load,
    isAvailable: row.is_available,
  }));
}

export interface PoolNomination extends ProblemNomination {
  code: string;
  status: NominationStatus;
  k: number;
  activeReviewers: number;
}

/** Nominations of the cycle that take reviewers, with k and the reviewers they already have. */
export async function loadPoolNominations(
  em: EntityManager,
  cycleId: string,
  filter: { category?: AwardCategory; nominationIds?: string[] },
): Promise<PoolNomination[]> {
  const rows = await em.execute<
    { id: string; code: string; status: NominationStatus; field_id: string; k: number; active: string }[]
  >(
    `select n.id, n.code, n.status, n.field_id, c.experts_per_nomination as k,
       (select count(*) from assignment a where a.nomination_id = n.id and ${ACTIVE_REVIEW}) as active
     from nomination n join category_config c on c.cycle_id = n.cycle_id and c.category = n.category
     where n.cycle_id = ? and n.status = any(?::nomination_status[])
       and (?::award_category is null or n.category = ?::award_category)
       and (?::uuid[] is null or n.id = any(?::uuid[]))
     order by n.code`,
    [
      cycleId,
      `{${ASSIGNABLE_STATUSES.join(',')}}`,
      filter.category ?? null,
      filter.category ?? null,
      uuidArray(filter.nominationIds),
      uuidArray(filter.nominationIds),
    ],
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    status: row.status,
    fieldId: row.field_id,
    k: row.k,
    activeReviewers: Number(row.active),
    need: Math.max(0, row.k - Number(row.active)),
  }));
}

/** Every (expert, nomination) pair that has an assignment row in the stage, whatever its status. */
export async function existingPairs(em: EntityManager, nominationIds: string[]): Promise<Set<string>> {
  const rows = await em.execute<{ expert_id: string; nomination_id: string }[]>(
    `select a.expert_id, a.nomination_id from assignment a
     where a.stage = 'PRELIMINARY' and a.nomination_id = any(?::uuid[])`,
    [uuidArray(nominationIds)],
  );
  return new Set(rows.map((row) => `${row.expert_id}:${row.nomination_id}`));
}
