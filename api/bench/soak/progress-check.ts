import pg from 'pg';
import { ACTIVE_REVIEW } from '../../src/assignments/review-sql.js';

/** The counts a chair's console shows for a group of reviews (a category, an expert). */
interface Counts {
  assigned: number;
  drafted: number;
  submitted: number;
}

/** The part of the console's snapshot the soak checks: its change count, per category and per expert. */
export interface Progress {
  sequence: number;
  categories: (Counts & { category: string })[];
  experts: (Counts & { expertId: string })[];
}

/** A console's last message (graphql-ws `next`), parsed in full; undefined when it carries no progress. */
export function progressOf(message: Buffer | undefined): Progress | undefined {
  if (!message) return undefined;
  const parsed = JSON.parse(message.toString()) as {
    type: string;
    payload?: { data?: { reviewProgress?: Progress } };
  };
  return parsed.type === 'next' ? parsed.payload?.data?.reviewProgress : undefined;
}

/**
 * The database's own counts of the cycle's active reviews, in SQL over the tables (not through the
 * API's code), and its change count.
 */
export async function progressInDatabase(url: string, cycleId: string): Promise<Progress> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counted = (group: string) =>
      client.query(
        `select ${group} as key, count(*)::int as assigned,
           count(*) filter (where s.status = 'DRAFT')::int as drafted,
           count(*) filter (where s.status = 'SUBMITTED')::int as submitted
         from assignment a join nomination n on n.id = a.nomination_id
         left join score_sheet s on s.assignment_id = a.id
         where n.cycle_id = $1 and ${ACTIVE_REVIEW} group by ${group}`,
        [cycleId],
      );
    const { rows: sequence } = await client.query<{ value: string }>(
      'select value from live_sequence where cycle_id = $1',
      [cycleId],
    );
    const counts = ({ assigned, drafted, submitted }: Counts) => ({ assigned, drafted, submitted });
    return {
      sequence: Number(sequence[0]?.value ?? 0),
      categories: (await counted('n.category::text')).rows.map((row) => ({
        category: row.key,
        ...counts(row),
      })),
      experts: (await counted('a.expert_id::text')).rows.map((row) => ({
        expertId: row.key,
        ...counts(row),
      })),
    };
  } finally {
    await client.end();
  }
}

/** Each group whose counts differ, with both sides; a group missing on one side differs. */
function groupDifferences<Group extends Counts>(
  what: string,
  shown: Group[],
  truth: Group[],
  keyOf: (group: Group) => string,
): string[] {
  const line = (group: Group | undefined) =>
    group ? `${group.assigned}/${group.drafted}/${group.submitted}` : 'absent';
  const shownByKey = new Map(shown.map((group) => [keyOf(group), group]));
  const truthByKey = new Map(truth.map((group) => [keyOf(group), group]));
  return [...new Set([...shownByKey.keys(), ...truthByKey.keys()])].flatMap((key) => {
    const [a, b] = [shownByKey.get(key), truthByKey.get(key)];
    const same =
      a && b && a.assigned === b.assigned && a.drafted === b.drafted && a.submitted === b.submitted;
    return same
      ? []
      : [`${what} ${key}: console ${line(a)}, database ${line(b)} (assigned/drafted/submitted)`];
  });
}

/** Where a console's snapshot differs from the database: nothing when it shows the truth. */
export function progressDifferences(shown: Progress | undefined, truth: Progress): string[] {
  if (!shown) return ['no snapshot'];
  return [
    ...(shown.sequence === truth.sequence
      ? []
      : [`sequence: console ${shown.sequence}, database ${truth.sequence}`]),
    ...groupDifferences('category', shown.categories, truth.categories, (group) => group.category),
    ...groupDifferences('expert', shown.experts, truth.experts, (group) => group.expertId),
  ];
}
