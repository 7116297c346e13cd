import type pg from 'pg';

const USER_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;

/** Rows per table ("schema.table") of every schema but PostgreSQL's own, in the client's transaction. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string; sql: string }>(
    `select n.nspname || '.' || c.relname as name, quote_ident(n.nspname) || '.' || quote_ident(c.relname) as sql
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and ${USER_SCHEMAS} order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ count: number }>(`select count(*)::int as count from ${table.sql}`);
    counts[table.name] = rows[0].count;
  }
  return counts;
}

/** The last MikroORM migration applied, or null in a database the API never migrated. */
export async function lastMigration(client: pg.Client): Promise<string | null> {
  const { rows: exists } = await client.query(
    "select 1 from pg_tables where schemaname = 'public' and tablename = 'mikro_orm_migrations'",
  );
  if (exists.length === 0) return null;
  const { rows } = await client.query<{ name: string }>(
    'select name from mikro_orm_migrations order by id desc limit 1',
  );
  return rows[0]?.name ?? null;
}

/** A few of the tables, views, sequences and types a database holds: none in an empty one. */
export async function someUserObjects(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_SCHEMAS}
     union all
     select n.nspname || '.' || t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where t.typtype in ('e', 'd') and ${USER_SCHEMAS}
     order by 1 limit 5`,
  );
  return rows.map((row) => row.name);
}

export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** How the counted rows differ from the expected ones, one line a table; none when equal. */
export function compareRowCounts(expected: Record<string, number>, found: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return tables
    .filter((table) => expected[table] !== found[table])
    .map((table) =>
      table in found
        ? table in expected
          ? `table ${table}: ${found[table]} rows, expected ${expected[table]}`
          : `table ${table}: not in the backup`
        : `table ${table}: missing`,
    );
}
