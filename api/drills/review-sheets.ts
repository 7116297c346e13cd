import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { type ConflictSet, findConflicts } from '../src/conflicts/conflict-rules.js';
import { ormOptions } from '../src/db/orm.config.js';
import { uuidArray } from '../src/db/sql-arrays.js';
import { completeSheet } from '../test/scoring-fixtures.js';
import { DEMO_PASSWORD } from '../test/test-api.js';
import { type GraphQLRequest, logIn, type Outcome, send } from './graphql-http.js';
import { inTurns } from './in-turns.js';

/** One expert's review of one nomination, as the drills drive it. */
export interface Review {
  assignmentId: string;
  nominationId: string;
  cycleId: string;
  email: string;
  token: string;
  /** saveScoreSheetDraft's input: every criterion scored, an opinion, a grade. */
  complete: Record<string, unknown>;
  /** The sheet, once its draft is saved. */
  sheet?: { id: string; version: number };
}

const SAVE = `mutation ($a: ID!, $v: Int, $input: ScoreSheetDraftInput!) {
  saveScoreSheetDraft(assignmentId: $a, version: $v, input: $input) { id version } }`;
const SUBMIT = 'mutation ($id: ID!, $v: Int!) { submitScoreSheet(id: $id, version: $v) { id status } }';

/** The expert's first save of the whole sheet. */
export const saveDraft = (review: Review): GraphQLRequest => ({
  query: SAVE,
  variables: { a: review.assignmentId, v: null, input: review.complete },
  token: review.token,
});

/** The expert submits the saved draft. */
export function submit(review: Review): GraphQLRequest {
  if (!review.sheet) throw new Error(`assignment ${review.assignmentId} has no saved sheet`);
  return { query: SUBMIT, variables: { id: review.sheet.id, v: review.sheet.version }, token: review.token };
}

/**
 * `count` new reviews of the demo cycle, due tomorrow, each by an expert who signed the declaration and
 * is not in conflict with the nomination (the demo has about thirty open; a drill wants more), added in
 * the database as the assignment solver's commit would. With `withDrafts`, each expert then saves a
 * complete draft through the API, so that submitting it is one request.
 */
export async function prepareReviews(
  apiUrl: string,
  databaseUrl: string,
  count: number,
  options: { withDrafts: boolean },
): Promise<Review[]> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, 2));
  const added = await addReviews(orm.em.fork(), count).finally(() => orm.close());
  const tokens = new Map<string, Promise<string>>();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const sheets = new Map<string, ReturnType<typeof completeSheet>>();
  const reviews = await inTurns(added, 4, async (row): Promise<Review> => {
    if (!tokens.has(row.email)) tokens.set(row.email, logIn(apiUrl, row.email, DEMO_PASSWORD));
    if (!sheets.has(row.category)) sheets.set(row.category, completeSheet(db, row.category));
    return {
      assignmentId: row.id,
      nominationId: row.nomination_id,
      cycleId: row.cycle_id,
      email: row.email,
      token: await (tokens.get(row.email) as Promise<string>),
      complete: (await (sheets.get(row.category) as ReturnType<typeof completeSheet>)).input,
    };
  }).finally(() => db.end());
  if (!options.withDrafts) return reviews;
  return inTurns(reviews, 4, async (review) => ({
    ...review,
    sheet: savedSheet(await send(apiUrl, saveDraft(review))),
  }));
}

interface AddedReview {
  id: string;
  nomination_id: string;
  cycle_id: string;
  category: string;
  email: string;
}

async function addReviews(em: EntityManager, count: number): Promise<AddedReview[]> {
  const candidates = await em.execute<{ nomination_id: string; expert_id: string; cycle_id: string }[]>(
    `select n.id as nomination_id, e.id as expert_id, n.cycle_id from nomination n
     join expert e on e.cycle_id = n.cycle_id and e.declaration_accepted_at is not null
     where n.status = 'PRELIMINARY_REVIEW'
       and not exists (select 1 from assignment a where a.nomination_id = n.id and a.expert_id = e.id)
     order by md5(n.id::text || e.id::text)`,
  );
  const conflicts = new Map<string, ConflictSet>();
  for (const cycleId of new Set(candidates.map((pair) => pair.cycle_id))) {
    conflicts.set(cycleId, await findConflicts(em, { cycleId }));
  }
  const pairs = candidates
    .filter((pair) => !conflicts.get(pair.cycle_id)?.hasConflict(pair.expert_id, pair.nomination_id))
    .slice(0, count);
  if (pairs.length < count) throw new Error(`only ${pairs.length} reviews can be added, not ${count}`);
  return em.execute<AddedReview[]>(
    `with added as (
       insert into assignment (id, nomination_id, expert_id, status, due_at)
       select gen_random_uuid(), pair.nomination_id, pair.expert_id, 'ACCEPTED', now() + interval '1 day'
       from unnest(?::uuid[], ?::uuid[]) as pair(nomination_id, expert_id)
       returning id, nomination_id, expert_id)
     select added.id, added.nomination_id, n.cycle_id, n.category, u.email from added
     join nomination n on n.id = added.nomination_id join expert e on e.id = added.expert_id
     join app_user u on u.id = e.user_id`,
    [uuidArray(pairs.map((pair) => pair.nomination_id)), uuidArray(pairs.map((pair) => pair.expert_id))],
  );
}

/** The sheet a draft save answered with. */
export function savedSheet(outcome: Outcome): { id: string; version: number } {
  if (outcome.kind !== 'answered') throw new Error(`the draft was not saved: ${JSON.stringify(outcome)}`);
  return outcome.data.saveScoreSheetDraft as { id: string; version: number };
}
