import pg from 'pg';
import { send, type Target } from './requests.js';

const SAMPLE_REQUESTS = 20;

/**
 * SQL statements per request, from pg_stat_statements (the calls recorded in this database across
 * 20 requests), or undefined when the server does not preload the extension. The figure counts
 * everything run in the database meanwhile: run it when nothing else is loading it.
 */
export async function statementsPerRequest(databaseUrl: string, target: Target): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const callsSoFar = async () => {
      const { rows } = await client.query<{ calls: string }>(
        `select coalesce(sum(calls), 0) as calls from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database())`,
      );
      return Number(rows[0].calls);
    };
    try {
      await client.query('create extension if not exists pg_stat_statements');
      await callsSoFar();
    } catch {
      return undefined; // not in shared_preload_libraries
    }
    const before = await callsSoFar();
    for (let request = 0; request < SAMPLE_REQUESTS; request++) await send(target);
    // The first callsSoFar query is recorded after it ran, so the second one sees it: minus one.
    return ((await callsSoFar()) - before - 1) / SAMPLE_REQUESTS;
  } finally {
    await client.end();
  }
}
