import { resolve } from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../../seeds/src/data/accounts.js';
import { EXPERT_DECLARATION } from '../../src/experts/expert-declaration.js';
import { startChildServer } from '../child-process.js';
import { type LoadResult, load } from '../load.js';
import { logIn, send } from '../requests.js';
import { queryOne } from '../scratch-database.js';
import type { BenchSetup, Goal, SectionReport } from '../setup.js';
import { statementsPerRequest } from '../statement-count.js';
import { firstDifference } from './canonical.js';
import { POSTGRAPHILE_FUNCTIONS } from './postgraphile-functions.js';
import { READ_WORKLOADS, type ReadContext, type ReadWorkload, SERVERS, type Server } from './workloads.js';

const apiDir = resolve(import.meta.dirname, '../..');

/** The page sizes between which a list's statements per request must not grow (issue 8, item 4). */
const PAGE_GROWTH = { from: 10, to: 100 };

/** The fixed rate of the latency comparison, as a share of PostGraphile's saturated Q1 throughput. */
const SHARE_OF_SATURATION = 0.6;

/** The baselines, each in a child process over the bench's database. */
async function startBaselines(setup: BenchSetup): Promise<Record<Server, string>> {
  const client = new pg.Client({ connectionString: setup.databaseUrl });
  await client.connect();
  try {
    await client.query(POSTGRAPHILE_FUNCTIONS);
  } finally {
    await client.end();
  }
  const child = (name: string, script: string, readyPath: string) =>
    startChildServer({
      name,
      cwd: apiDir,
      script,
      env: { DATABASE_URL: setup.databaseUrl, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
      readyPath,
      onStart: (server) => setup.cleanup.add(`stop the ${name} server`, () => server.stop()),
    });
  const [postGraphile, rawSql] = await Promise.all([
    child('postgraphile', 'bench/reads/postgraphile-server.ts', '/graphql?query=%7B__typename%7D'),
    child('raw-sql', 'bench/reads/raw-sql-server.ts', '/healthz'),
  ]);
  return { API: setup.api.url, 'PostGraphile 5': postGraphile.url, 'raw SQL': rawSql.url };
}

/** Signs a synthetic expert in and accepts the declaration, before which an expert sees no nomination. */
async function signInExpert(setup: BenchSetup, email: string): Promise<string> {
  const token = await logIn(setup.api.url, { email, password: DEMO_PASSWORD });
  await send({
    name: 'accept the declaration',
    url: `${setup.api.url}/graphql`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        'mutation ($cycleId: ID!, $version: Int!) { acceptExpertDeclaration(cycleId: $cycleId, version: $version) { id } }',
      variables: { cycleId: setup.cycleId, version: EXPERT_DECLARATION.version },
    }),
  });
  return token;
}

/**
 * Who asks and about what: the chair; the first synthetic expert who sees every nomination assigned to
 * it (the API hides one in a conflict of interest, which the baselines know nothing of); the nomination
 * with the most sheets.
 */
async function readContext(setup: BenchSetup, urls: Record<Server, string>): Promise<ReadContext> {
  const context = {
    urls,
    cycleId: setup.cycleId,
    chairToken: setup.chairToken,
    nominationId: (
      await queryOne<{ id: string }>(
        setup.databaseUrl,
        `select a.nomination_id as id from assignment a join score_sheet s on s.assignment_id = a.id
         group by a.nomination_id order by count(*) desc, a.nomination_id limit 1`,
      )
    ).id,
  };
  const client = new pg.Client({ connectionString: setup.databaseUrl });
  await client.connect();
  const { rows: experts } = await client
    .query<{ id: string; email: string }>(
      // Experts none of whose nominations involves an employer of theirs: most likely in no conflict.
      `select e.id, u.email from expert e join app_user u on u.id = e.user_id
       where e.cycle_id = $1 and not exists (
         select 1 from assignment a join (
           select id as nomination_id, nominator_id as organization_id from nomination
           union select nomination_id, organization_id from completing_organization
         ) involved on involved.nomination_id = a.nomination_id
         where a.expert_id = e.id and (involved.organization_id = e.employer_id or involved.organization_id in (
           select organization_id from expert_employment where expert_id = e.id)))
       order by u.email limit 20`,
      [setup.cycleId],
    )
    .finally(() => client.end());
  const q2 = READ_WORKLOADS.find((workload) => workload.name === 'Q2') as ReadWorkload;
  for (const { id, email } of experts) {
    const expert = { id, token: await signInExpert(setup, email) };
    const { data } = JSON.parse(await send(q2.targets({ ...context, expert }).API)) as {
      data: { assignments: { edges: { node: { nomination: unknown } }[] } };
    };
    if (data.assignments.edges.every((edge) => edge.node.nomination !== null)) return { ...context, expert };
  }
  throw new Error('no synthetic expert among the first 20 sees all its nominations');
}

/**
 * One request to each server; all must answer without errors and with the same data in the workload's
 * canonical form, or the bench stops. Returns the bodies, which the load generator then expects byte
 * for byte.
 */
async function sameData(workload: ReadWorkload, context: ReadContext): Promise<Record<Server, string>> {
  const targets = workload.targets(context);
  const bodies = {} as Record<Server, string>;
  const forms = {} as Record<Server, unknown>;
  for (const server of SERVERS) {
    bodies[server] = await send(targets[server]);
    const response = JSON.parse(bodies[server]) as { data?: unknown; errors?: { message: string }[] };
    if (response.errors?.length || !response.data) {
      throw new Error(`${targets[server].name} answered ${bodies[server].slice(0, 500)}`);
    }
    forms[server] = workload.canonical[server](response.data);
  }
  for (const server of SERVERS.slice(1)) {
    const difference = firstDifference(forms.API, forms[server]);
    if (difference) {
      throw new Error(
        `${workload.name}: the API and ${server} return different data, first at ${difference}`,
      );
    }
  }
  return bodies;
}

/** What a page of the workload holds, for the report. */
function sizeOf(body: string): string {
  return `${(Buffer.byteLength(body) / 1024).toFixed(0)} kB`;
}

type Counts = Partial<Record<Server, number>> & { from?: number; to?: number };

/** Statements per request of each server, and the API's for pages of 10 and 100 rows. */
async function countStatements(
  setup: BenchSetup,
  workload: ReadWorkload,
  context: ReadContext,
): Promise<Counts> {
  const targets = workload.targets(context);
  const counts: Counts = {};
  for (const server of SERVERS) {
    counts[server] = await statementsPerRequest(setup.databaseUrl, targets[server]);
  }
  if (workload.pageSize !== undefined) {
    counts.from = await statementsPerRequest(
      setup.databaseUrl,
      workload.targets(context, PAGE_GROWTH.from).API,
    );
    counts.to = await statementsPerRequest(setup.databaseUrl, workload.targets(context, PAGE_GROWTH.to).API);
  }
  return counts;
}

const figure = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;

/** Q1 to Q3 through the API, PostGraphile 5 and raw SQL: same data, statements, throughput, latency. */
export async function benchReads(setup: BenchSetup): Promise<SectionReport> {
  const workloads = READ_WORKLOADS.filter((workload) => setup.options.only.has(workload.name));
  const context = await readContext(setup, await startBaselines(setup));
  const results: LoadResult[] = [];
  const lines: string[] = [];
  const goals: Goal[] = [];
  for (const workload of workloads) {
    const bodies = await sameData(workload, context);
    const counts = await countStatements(setup, workload, context);
    lines.push(
      `${workload.name}, ${workload.description}: ${sizeOf(bodies.API)} from the API; same data from the three`,
      `${workload.name} statements per request: ${SERVERS.map((server) => `${server} ${figure(counts[server])}`).join(', ')}${
        workload.pageSize === undefined
          ? ''
          : `; API with a page of ${PAGE_GROWTH.from}: ${figure(counts.from)}, of ${PAGE_GROWTH.to}: ${figure(counts.to)}`
      }`,
    );
    const targets = workload.targets(context);
    const loaded = {} as Record<Server, LoadResult>;
    for (const server of SERVERS) {
      loaded[server] = await load(targets[server], bodies[server], setup.options);
      results.push(loaded[server]);
    }
    lines.push(
      `${workload.name} throughput: API / PostGraphile 5 ${figure(ratio(loaded.API.requestsPerSecond, loaded['PostGraphile 5'].requestsPerSecond))}` +
        `, API / raw SQL ${figure(ratio(loaded.API.requestsPerSecond, loaded['raw SQL'].requestsPerSecond))}`,
    );
    if (workload.pageSize !== undefined) {
      goals.push({
        goal: `${workload.name} statements constant as the page grows`,
        measured: `API statements, page of ${PAGE_GROWTH.to} / of ${PAGE_GROWTH.from}`,
        value: ratio(counts.to, counts.from),
        target: 1,
        atMost: true,
      });
    }
    if (workload.name === 'Q1') {
      goals.push(
        {
          goal: 'Q1 throughput at least PostGraphile’s',
          measured: 'API / PostGraphile 5 req/s',
          value: ratio(loaded.API.requestsPerSecond, loaded['PostGraphile 5'].requestsPerSecond),
          target: 1,
        },
        {
          goal: 'Q1 in at most 3 statements',
          measured: 'API statements per request',
          value: counts.API,
          target: 3,
          atMost: true,
        },
      );
      const rate = Math.max(1, Math.round(loaded['PostGraphile 5'].requestsPerSecond * SHARE_OF_SATURATION));
      const atRate = {} as Record<Server, LoadResult>;
      for (const server of ['API', 'PostGraphile 5'] as const) {
        const target = { ...targets[server], name: `${targets[server].name} at ${rate} req/s` };
        atRate[server] = await load(target, bodies[server], { ...setup.options, overallRate: rate });
        results.push(atRate[server]);
      }
      lines.push(
        `Q1 at ${rate} req/s (${SHARE_OF_SATURATION * 100} % of PostGraphile 5's saturated ${figure(loaded['PostGraphile 5'].requestsPerSecond)}): p99 API ${atRate.API.p99Ms} ms, PostGraphile 5 ${atRate['PostGraphile 5'].p99Ms} ms`,
      );
      goals.push({
        goal: 'Q1 p99 at 60 % of PostGraphile’s saturation no worse',
        measured: 'API / PostGraphile 5 p99 at that rate',
        value: ratio(atRate.API.p99Ms, atRate['PostGraphile 5'].p99Ms),
        target: 1,
        atMost: true,
      });
    }
  }
  return { results, lines, goals };
}
