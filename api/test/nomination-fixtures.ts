import type pg from 'pg';
import { completeSections } from './complete-nomination.js';
import type { GraphQLResponse, TestApi } from './test-api.js';

export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

/** Opens the registration and nomination windows of the test's database around now (the demo's are 2024). */
export function openFilingWindows(db: pg.Client): Promise<unknown> {
  return db.query(`update cycle_window set opens_at = now() - interval '1 hour', closes_at = now() + interval '1 hour'
    where kind in ('REGISTRATION', 'NOMINATION')`);
}

export interface Draft {
  id: string;
  code: string;
  version: number;
}

/**
 * A nominator's new draft through the API as the client makes it: registers its organization (when not
 * yet), starts the draft and, when `complete`, fills in every section. The filing windows must be open.
 */
export async function startDraft(
  api: TestApi,
  db: pg.Client,
  token: string,
  options: { complete?: boolean; projectName?: string } = {},
): Promise<Draft> {
  const { rows } = await db.query(`select c.id as cycle_id, f.id as field_id from award_cycle c
    join expertise_field f on f.cycle_id = c.id order by f.code limit 1`);
  const [{ cycle_id: cycleId, field_id: fieldId }] = rows;
  await api.graphql(
    'mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }',
    { cycleId },
    token,
  );
  const created = await api.graphql<{ createNomination: Draft }>(
    `mutation ($input: NewNominationInput!) { createNomination(input: $input) { id code version } }`,
    {
      input: {
        cycleId,
        category: 'INVENTION',
        projectName: options.projectName ?? '在线自校准技术',
        fieldId,
      },
    },
    token,
  );
  if (!created.data) throw new Error(`createNomination: ${JSON.stringify(created.errors)}`);
  const draft = created.data.createNomination;
  if (!options.complete) return draft;
  const organization = await db.query(
    "select id from organization where type = 'PUBLIC_INSTITUTION' order by credit_code limit 1",
  );
  const saved = await api.graphql<{ saveNominationDraft: { version: number } }>(
    `mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) { version } }`,
    { id: draft.id, input: { version: draft.version, ...completeSections(organization.rows[0].id) } },
    token,
  );
  if (!saved.data) throw new Error(`saveNominationDraft: ${JSON.stringify(saved.errors)}`);
  return { ...draft, version: saved.data.saveNominationDraft.version };
}
