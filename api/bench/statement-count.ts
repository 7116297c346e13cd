import pg from 'pg';
import { send, type Target } from './requests.js';

/** Requests per sample, sent at once: the shorter a sample, the likelier it misses the servers' own work. */
const SAMPLE_REQUESTS = 5;
const SAMPLES = 15;

/**
 * SQL statements per request, from pg_stat_statements (BEGIN and COMMIT count as statements), or
 * undefined when the server does not preload the extension. A server also runs statements of its own
 * (the API's audit chainer ticks every second), which fall into some samples and never take any away:
 * the figure is the least of several short samples, each of five requests sent at once. This counting's
 * own statements (those reading pg_stat_statements) are left out. Nothing else may load the database
 * meanwhile.
 */
export async function statementsPerRequest(databaseUrl: string, target: Target): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const callsSoFar = async () => {
      const { rows } = await client.query<{ calls: string }>(
        `select coalesce(sum(calls), 0) as calls from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database())
           and query not like '%pg_stat_statements%'`,
      );
      return Number(rows[0].calls);
    };
    try {
      await client.query('create extension if not exists pg_stat_statements');
      await callsSoFar();
    } catch {
      return undefined; // not in shared_preload_libraries
    }
    await send(target); // warm: plans cached, connections open
    let least = Number.POSITIVE_INFINITY;
    for (let sample = 0; sample < SAMPLES; sample++) {
      const before = await callsSoFar();
      await Promise.all(Array.from({ length: SAMPLE_REQUESTS }, () => send(target)));
      least = Math.min(least, ((await callsSoFar()) - before) / SAMPLE_REQUESTS);
    }
    return least;
  } finally {
    await client.end();
  }
}
