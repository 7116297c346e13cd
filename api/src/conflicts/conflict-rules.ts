import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../db/sql-arrays.js';
import { type ConflictReason, ConflictRule } from './conflict-rule.js';

/** The experts and nominations to look at; absent lists mean every one of the cycle. */
export interface ConflictScope {
  cycleId: string;
  expertIds?: string[];
  nominationIds?: string[];
}

interface ConflictRow {
  expert_id: string;
  /** Null: the expert conflicts with every nomination of the cycle. */
  nomination_id: string | null;
  rule: ConflictRule;
  detail: string;
}

/** The conflicts of a scope, found in the database in one statement: few rows, however large the pool. */
export class ConflictSet {
  readonly #everywhere = new Map<string, ConflictReason[]>();
  readonly #pairs = new Map<string, ConflictReason[]>();

  constructor(rows: ConflictRow[]) {
    for (const { expert_id, nomination_id, rule, detail } of rows) {
      const map = nomination_id ? this.#pairs : this.#everywhere;
      const key = nomination_id ? `${expert_id}:${nomination_id}` : expert_id;
      map.set(key, [...(map.get(key) ?? []), { rule, detail }]);
    }
  }

  reasons(expertId: string, nominationId: string): ConflictReason[] {
    return [
      ...(this.#everywhere.get(expertId) ?? []),
      ...(this.#pairs.get(`${expertId}:${nominationId}`) ?? []),
    ];
  }

  /** The experts of the scope in conflict with the nomination, each with every reason. */
  expertsInConflict(nominationId: string): { expertId: string; reasons: ConflictReason[] }[] {
    const expertIds = new Set(this.#everywhere.keys());
    for (const key of this.#pairs.keys()) {
      const [expertId, ofNomination] = key.split(':');
      if (ofNomination === nominationId) expertIds.add(expertId);
    }
    return [...expertIds].map((expertId) => ({ expertId, reasons: this.reasons(expertId, nominationId) }));
  }

  hasConflict(expertId: string, nominationId: string): boolean {
    return this.#everywhere.has(expertId) || this.#pairs.has(`${expertId}:${nominationId}`);
  }
}

/**
 * Every rule of award-rules.md, Conflicts of interest, in one place: the solver, manual assignment, the
 * expert's visibility and the explanation all ask here. Organizations of a nomination are its nominator
 * and its completing organizations; "recent" is within the cycle's recentEmploymentYears before its year.
 */
const CONFLICTS_SQL = `
with cycle as (select id, make_date(year, 1, 1) as starts_on, recent_employment_years from award_cycle where id = ?),
experts as (
  select e.* from expert e, cycle c where e.cycle_id = c.id and (?::uuid[] is null or e.id = any(?::uuid[]))
),
nominations as (
  select n.* from nomination n, cycle c where n.cycle_id = c.id and (?::uuid[] is null or n.id = any(?::uuid[]))
),
nomination_orgs as (
  select n.id as nomination_id, n.nominator_id as organization_id, true as is_nominator from nominations n
  union
  select co.nomination_id, co.organization_id, false from completing_organization co
  join nominations n on n.id = co.nomination_id
)
select e.id as expert_id, no.nomination_id,
  case when no.is_nominator then 'EMPLOYER_IS_NOMINATOR' else 'EMPLOYER_IS_COMPLETING_ORGANIZATION' end as rule,
  o.name as detail
from experts e join nomination_orgs no on no.organization_id = e.employer_id
join organization o on o.id = e.employer_id
union all
select ee.expert_id, no.nomination_id, 'RECENT_EMPLOYER', o.name || ' · ' || ee.ended_on
from expert_employment ee join experts e on e.id = ee.expert_id, cycle c, nomination_orgs no, organization o
where no.organization_id = ee.organization_id and o.id = ee.organization_id
  and ee.ended_on >= c.starts_on - make_interval(years => c.recent_employment_years)
union all
select distinct on (e.id) e.id, null, 'COMPLETER_THIS_CYCLE', n.code
from experts e join completer p on p.id_document_number = e.id_document_number
join nomination n on n.id = p.nomination_id, cycle c
where n.cycle_id = c.id and n.status <> 'WITHDRAWN'
union all
select x.expert_id, n.id, x.source::text, x.reason
from expert_conflict x join experts e on e.id = x.expert_id join nominations n on n.id = x.nomination_id
union all
select x.expert_id, no.nomination_id, x.source::text, o.name || ': ' || x.reason
from expert_conflict x join experts e on e.id = x.expert_id
join nomination_orgs no on no.organization_id = x.organization_id
join organization o on o.id = x.organization_id
where x.nomination_id is null`;

export async function findConflicts(em: EntityManager, scope: ConflictScope): Promise<ConflictSet> {
  const experts = uuidArray(scope.expertIds);
  const nominations = uuidArray(scope.nominationIds);
  const rows = await em.execute<ConflictRow[]>(CONFLICTS_SQL, [
    scope.cycleId,
    experts,
    experts,
    nominations,
    nominations,
  ]);
  return new ConflictSet(rows);
}
