import { resolve } from 'node:path';
import { startChildServer } from '../child-process.js';
import { load } from '../load.js';
import { graphqlTarget, sameDataFrom } from '../requests.js';
import type { BenchSetup, SectionReport } from '../setup.js';
import { statementsPerRequest } from '../statement-count.js';
import { describePage, Q1_LITE_GRAPHQL } from './q1-lite.js';

/** Q1-lite through the API and through the raw-SQL baseline. */
export async function benchReads(setup: BenchSetup): Promise<SectionReport> {
  const rawSql = await startChildServer({
    name: 'raw-sql',
    cwd: resolve(import.meta.dirname, '../..'),
    script: 'bench/reads/raw-sql-server.ts',
    env: { DATABASE_URL: setup.databaseUrl },
    readyPath: '/healthz',
    onStart: (child) => setup.cleanup.add('stop the raw-SQL server', () => child.stop()),
  });
  const apiTarget = graphqlTarget(
    'Q1-lite API (GraphQL)',
    `${setup.api.url}/graphql`,
    Q1_LITE_GRAPHQL,
    setup.chairToken,
  );
  const rawTarget = graphqlTarget('Q1-lite raw SQL', `${rawSql.url}/`, Q1_LITE_GRAPHQL);
  const [apiBody, rawBody] = await sameDataFrom(apiTarget, rawTarget);
  const results = [];
  for (const [target, body] of [
    [apiTarget, apiBody],
    [rawTarget, rawBody],
  ] as const) {
    results.push(await load(target, body, setup.options));
  }
  const apiStatements = await statementsPerRequest(setup.databaseUrl, apiTarget);
  return {
    results,
    lines: [
      `Q1-lite page: ${describePage(apiBody)}; same data from both (order included)`,
      `Q1-lite statements per request (API): ${apiStatements?.toFixed(1) ?? 'pg_stat_statements not preloaded'}`,
    ],
    goals: [],
  };
}
