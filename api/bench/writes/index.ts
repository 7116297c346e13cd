import { resolve } from 'node:path';
import pg from 'pg';
import { startChildServer } from '../child-process.js';
import { type LoadResult, loadEach, type WriteRequest } from '../load.js';
import type { BenchSetup, SectionReport } from '../setup.js';
import { COMMENT, completeDrafts, type DraftSheet, draftSheets, openSessions, scoreFor } from './prepare.js';

const SAVE = `mutation ($assignmentId: ID!, $version: Int, $input: ScoreSheetDraftInput!) {
  saveScoreSheetDraft(assignmentId: $assignmentId, version: $version, input: $input) { version total }
}`;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitScoreSheet(id: $id, version: $version) { version total } }`;

export const isGood = (body: string) => body.startsWith('{"data":{') && !body.includes('"errors"');

/** Each sheet in turn, again from the first after the last; each save moves its version by one. */
function saves(sheets: DraftSheet[]) {
  const versions = new Map(sheets.map((sheet) => [sheet.sheetId, sheet.version]));
  let next = 0;
  return () => {
    const sheet = sheets[next++ % sheets.length];
    const version = versions.get(sheet.sheetId) as number;
    versions.set(sheet.sheetId, version + 1);
    const criterion = sheet.criteria[next % sheet.criteria.length];
    return { sheet, version, criterionId: criterion.id, ...scoreFor(criterion.maxPoints), comment: COMMENT };
  };
}

/** Each sheet once, in order. */
function each(sheets: DraftSheet[]) {
  let next = 0;
  return () => {
    const sheet = sheets[next++];
    if (!sheet) throw new Error('more submissions asked than sheets prepared');
    return sheet;
  };
}

/** A GraphQL request signed in with a bearer token. */
export const through = (token: string | undefined, query: string, variables: object): WriteRequest => ({
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, variables }),
});

/** M1 through the API: each sheet's expert saving one criterion of it, the sheets in turn. */
export function apiDraftSaves(sheets: DraftSheet[], tokens: Map<string, string>): () => WriteRequest {
  const save = saves(sheets);
  return () => {
    const { sheet, version, ...score } = save();
    return through(tokens.get(sheet.userId), SAVE, {
      assignmentId: sheet.assignmentId,
      version,
      input: { scores: [score] },
    });
  };
}

/** M2 through the API: each sheet submitted once by its expert, in order. */
export function apiSubmissions(sheets: DraftSheet[], tokens: Map<string, string>): () => WriteRequest {
  const submit = each(sheets);
  return () => {
    const sheet = submit();
    return through(tokens.get(sheet.userId), SUBMIT, { id: sheet.sheetId, version: sheet.version });
  };
}

const raw = (body: object): WriteRequest => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function submittedOf(url: string, sheets: DraftSheet[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from score_sheet where status = 'SUBMITTED' and id = any($1::uuid[])`,
      [sheets.map((sheet) => sheet.sheetId)],
    );
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

/**
 * M1, an expert's autosave of one criterion, and M2, a sheet's submission, through the API (as the
 * sheet's expert) and as one hand-written pg transaction each (raw-write-server.ts), in the same run.
 * Each workload writes to sheets of its own, so no request finds a sheet another one changed.
 */
export async function benchWrites(setup: BenchSetup): Promise<SectionReport> {
  const { options, databaseUrl, cleanup } = setup;
  const rawWrites = await startChildServer({
    name: 'raw-writes',
    cwd: resolve(import.meta.dirname, '../..'),
    script: 'bench/writes/raw-write-server.ts',
    env: { DATABASE_URL: databaseUrl },
    readyPath: '/healthz',
    onStart: (child) => cleanup.add('stop the raw-write server', () => child.stop()),
  });
  const savedSheets = 500;
  // Each submission needs a draft of its own: a smaller cycle has fewer, and gets fewer submissions.
  const drafts = await draftSheets(databaseUrl, Number.MAX_SAFE_INTEGER, { orFewer: true });
  const submissions = Math.min(
    options.submissions,
    Math.floor(((drafts.length - savedSheets * 2) / 2) * 0.9),
  );
  if (submissions < 10)
    throw new Error(`only ${drafts.length} draft sheets: seed a larger cycle for M1 and M2`);
  const warmUp = Math.ceil(submissions / 10);
  const perRun = submissions + warmUp;
  const sheets = drafts.slice(0, savedSheets * 2 + perRun * 2);
  const [apiSaved, rawSaved] = [sheets.slice(0, savedSheets), sheets.slice(savedSheets, savedSheets * 2)];
  const [apiSubmitted, rawSubmitted] = [
    sheets.slice(savedSheets * 2, savedSheets * 2 + perRun),
    sheets.slice(savedSheets * 2 + perRun),
  ];
  // Everything in place for submitting, as the experts' earlier saves would have left it.
  await completeDrafts(databaseUrl, sheets);
  const tokens = await openSessions(
    databaseUrl,
    sheets.map((sheet) => sheet.userId),
  );

  const run = (name: string, url: string, count: number, next: () => WriteRequest) =>
    loadEach(name, url, count, next, { connections: options.connections, isGood });
  const measure = async (name: string, url: string, next: () => WriteRequest): Promise<LoadResult> => {
    await run(name, url, warmUp, next);
    return run(name, url, submissions, next);
  };

  const rawSave = saves(rawSaved);
  const rawSubmit = each(rawSubmitted);
  const graphql = `${setup.api.url}/graphql`;
  const results = [
    await measure('M1 draft save, API', graphql, apiDraftSaves(apiSaved, tokens)),
    await measure('M1 draft save, raw pg', `${rawWrites.url}/save`, () => {
      const { sheet, version, ...score } = rawSave();
      return raw({ sheetId: sheet.sheetId, version, ...score });
    }),
    await measure('M2 submission, API', graphql, apiSubmissions(apiSubmitted, tokens)),
    await measure('M2 submission, raw pg', `${rawWrites.url}/submit`, () => {
      const sheet = rawSubmit();
      return raw({ sheetId: sheet.sheetId, version: sheet.version });
    }),
  ];
  const [, , apiM2, rawM2] = results;
  const acknowledged = (result: LoadResult) => result.requests - result.mismatches - result.non2xx;
  const stored = await submittedOf(databaseUrl, apiSubmitted);
  return {
    results,
    lines: [
      `M1: ${savedSheets} sheets per server saved in turn, one criterion per save; M2: ${submissions} submissions per server (after ${warmUp} to warm up), each of another sheet`,
      `M2 through the API: ${acknowledged(apiM2) + warmUp} acknowledged (warm-up included), ${stored} stored SUBMITTED`,
      "M2 raw pg: the sheet, its assignment, the nomination's aggregate (count, mean) and an event (live sequence, NOTIFY) in one transaction; the API leaves the whole-cycle results to their next reader (results-freshness)",
    ],
    goals: [
      {
        goal: 'M2 throughput ≥ half the raw transaction’s',
        measured: 'API / raw pg submissions per second',
        value: apiM2.requestsPerSecond / rawM2.requestsPerSecond,
        target: 0.5,
      },
    ],
  };
}
