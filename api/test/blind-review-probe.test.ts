import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../src/graphql/operation-limits.js';
import { contractSchema } from './contract-schema.js';
import { startTestApi, type TestApi } from './test-api.js';

const schema = contractSchema();

/** Values for the required arguments the probe meets, by argument name. */
interface ProbeArguments {
  cycleId: string;
  category: string;
}

/**
 * Every field reachable from `type`, as deep as the depth limit allows, without going round a cycle
 * of types (Nomination → Assignment → Nomination). Fields whose required arguments the probe cannot
 * fill are left out; connections ask for a small page.
 */
function selectionOf(
  type: GraphQLObjectType,
  depthLeft: number,
  path: readonly string[],
  excluded: ReadonlySet<string>,
): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (excluded.has(`${type.name}.${field.name}`)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (!isObjectType(named) || depthLeft <= 1 || path.includes(named.name)) return [];
    const args = argumentsOf(field);
    if (args === null) return [];
    const inner = selectionOf(named, depthLeft - 1, [...path, named.name], excluded);
    return inner ? [`${field.name}${args} { ${inner} }`] : [];
  });
  return fields.join(' ');
}

function argumentsOf(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') parts.push('first: 2');
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** One root field to probe: the whole tree under it, minus the fields refused so far. */
interface Probe {
  root: 'Query' | 'Mutation';
  field: string;
  args: string;
}

const rootType = (root: Probe['root']) =>
  (root === 'Query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;

/** The operation of a probe, as deep as the limit allows (the root field is one level). */
function operationOf({ root, field, args }: Probe, excluded: ReadonlySet<string>): string {
  const returned = getNamedType(rootType(root).getFields()[field].type);
  const keyword = root === 'Query' ? 'query' : 'mutation';
  if (isLeafType(returned)) return `${keyword} { ${field}${args} }`;
  const selection = selectionOf(
    returned as GraphQLObjectType,
    OPERATION_LIMITS.depth - 1,
    [returned.name],
    excluded,
  );
  return `${keyword} { ${field}${args} { ${selection} } }`;
}

/** `Type.field` of the field an error's path ends at, below the root; undefined for the root field itself. */
function refusedFieldAt(root: Probe['root'], path: readonly (string | number)[] = []): string | undefined {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  if (names.length < 2) return undefined;
  let type = getNamedType(rootType(root).getFields()[names[0]].type) as GraphQLObjectType;
  for (const name of names.slice(1, -1))
    type = getNamedType(type.getFields()[name].type) as GraphQLObjectType;
  return `${type.name}.${names[names.length - 1]}`;
}

const probeOf = (root: Probe['root'], field: string, args: string): Probe => ({ root, field, args });

/** Every root query the schema has, with the required arguments filled, for the viewer to run. */
function everyQuery({ cycleId, category }: ProbeArguments, ids: { nominations: string[]; sheets: string[] }) {
  const queryType = schema.getQueryType() as GraphQLObjectType;
  return Object.values(queryType.getFields()).flatMap((field) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const names = required
      .map((arg) => arg.name)
      .sort()
      .join(',');
    const page = field.args.some((arg) => arg.name === 'first') ? 'first: 10' : '';
    const withPage = (fixed: string) => `(${[fixed, page].filter(Boolean).join(', ')})`;
    if (names === '') return [probeOf('Query', field.name, page ? `(${page})` : '')];
    if (names === 'cycleId') return [probeOf('Query', field.name, withPage(`cycleId: "${cycleId}"`))];
    if (names === 'category,cycleId')
      return [probeOf('Query', field.name, withPage(`cycleId: "${cycleId}", category: ${category}`))];
    if (names === 'id' && field.name === 'awardCycle')
      return [probeOf('Query', field.name, `(id: "${cycleId}")`)];
    if (names === 'id' && field.name === 'nomination')
      return ids.nominations.map((id) => probeOf('Query', field.name, `(id: "${id}")`));
    if (names === 'id' && field.name === 'scoreSheet')
      return ids.sheets.map((id) => probeOf('Query', field.name, `(id: "${id}")`));
    if (names === 'id') return [probeOf('Query', field.name, `(id: "${ids.nominations[0]}")`)];
    // Staff-only: refused for the probe's viewers whatever the ids.
    if (names === 'expertId,nominationId')
      return [
        probeOf(
          'Query',
          field.name,
          `(expertId: "${ids.nominations[0]}", nominationId: "${ids.nominations[0]}")`,
        ),
      ];
    throw new Error(`the probe cannot fill the arguments of Query.${field.name} (${names}): teach it`);
  });
}

/** Strings that must appear nowhere in what a viewer is sent, and one place each was found. */
function leaksIn(responses: string, secrets: Map<string, string>): string[] {
  return [...secrets].flatMap(([secret, what]) => {
    const at = responses.indexOf(secret);
    return at < 0 ? [] : [`${what} "${secret}" in …${responses.slice(Math.max(0, at - 120), at + 40)}…`];
  });
}

/**
 * Blind review, probed the way an attacker would: every query of the schema walked as deep as the limits
 * allow, for every object the viewer can name, and mutations whose errors could echo data. Nothing a
 * nominator or an expert is sent may hold a reviewer it should not know or a score it should not see.
 */
describe('the blind-review probe', () => {
  let api: TestApi;
  let db: pg.Client;
  let probeArgs: ProbeArguments;
  const column = async (sql: string, params: unknown[] = []) =>
    (await db.query(sql, params)).rows.map((row) => String(Object.values(row)[0]));

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    probeArgs = { cycleId: (await column('select id from award_cycle limit 1'))[0], category: 'INVENTION' };
  });
  afterAll(() => db.end());

  /**
   * Runs every probe as the viewer, again without each nested field it was refused (a refused non-null
   * field nulls its parent, which would hide the rest of the tree from the probe), until nothing more is
   * refused. Returns all the viewer was sent, data and errors, as one text.
   */
  async function sentTo(token: string, probes: Probe[]): Promise<string> {
    const responses: unknown[] = [];
    for (const probe of probes) {
      const excluded = new Set<string>();
      for (let round = 0; round < 20; round++) {
        const response = await api.graphql(operationOf(probe, excluded), {}, token);
        responses.push(response);
        const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
        for (const code of ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'GRAPHQL_VALIDATION_FAILED']) {
          expect(
            codes,
            `the probe of ${probe.root}.${probe.field} must be a valid operation: ${JSON.stringify(response.errors)}`,
          ).not.toContain(code);
        }
        const refused = (response.errors ?? [])
          .filter((error) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(error.extensions?.code)))
          .map((error) => refusedFieldAt(probe.root, error.path))
          .filter((field): field is string => field !== undefined && !excluded.has(field));
        if (refused.length === 0) break;
        for (const field of refused) excluded.add(field);
      }
    }
    return JSON.stringify(responses);
  }

  /**
   * Marks each value as a secret of the given kind, except the ones the viewer may legitimately see.
   * The ids the probe asks for are known to it already: an error may name them, never what they hold.
   */
  const secretsOf = (kind: string, values: string[], allowed: Set<string> = new Set()) =>
    new Map(values.filter((value) => value.length >= 2 && !allowed.has(value)).map((value) => [value, kind]));

  it('shows a nominator its own nominations, and nothing of their reviewers or scores', async () => {
    const email = 'nominator1@example.com';
    const [organizationId] = await column('select organization_id from app_user where email = $1', [email]);
    const own = await column('select id from nomination where nominator_id = $1', [organizationId]);
    const foreign = await column('select id from nomination where nominator_id <> $1 order by code limit 5', [
      organizationId,
    ]);
    const sheets = await column('select id from score_sheet order by id limit 3');
    const token = await api.login(email);
    const sent = await sentTo(token, [
      ...everyQuery(probeArgs, { nominations: [...own, ...foreign], sheets }),
      // Errors must not echo what they refuse; what a mutation returns is walked like a query.
      ...[...foreign, own[0]].map((id) =>
        probeOf('Mutation', 'withdrawNomination', `(id: "${id}", reason: "probe")`),
      ),
    ]);

    const ownCodes = await column('select code from nomination where nominator_id = $1', [organizationId]);
    for (const code of ownCodes) expect(sent).toContain(code);
    const visibleText = new Set([
      ...(await column('select name from completer')),
      ...(await column('select name from organization')),
    ]);
    const secrets = new Map([
      ...secretsOf('an expert id', await column('select id from expert')),
      ...secretsOf('an expert name', await column('select name from expert'), visibleText),
      ...secretsOf(
        "an expert's email",
        await column("select email from app_user where 'EXPERT' = any(roles)"),
      ),
      ...secretsOf('an assignment', await column('select id from assignment')),
      ...secretsOf('a score sheet', await column('select id from score_sheet')),
      ...secretsOf('a criterion score', await column('select id from criterion_score')),
      ...secretsOf(
        'a score comment',
        await column('select comment from criterion_score where length(comment) >= 12'),
      ),
      ...secretsOf(
        'an opinion',
        await column('select overall_opinion from score_sheet where length(overall_opinion) >= 12'),
      ),
      ...secretsOf('a result', await column('select id from nomination_result')),
      ...secretsOf(
        "another organization's nomination",
        await column('select code from nomination where nominator_id <> $1', [organizationId]),
      ),
    ]);
    expect(leaksIn(sent, secrets)).toEqual([]);
  });

  it('shows an expert its own assignments and sheets, and nothing of the other reviewers', async () => {
    const email = 'expert1@example.com';
    const ownExpert = await column(
      'select e.id from expert e join app_user u on u.id = e.user_id where u.email = $1',
      [email],
    );
    const ownSheets = await column(
      'select s.id from score_sheet s join assignment a on a.id = s.assignment_id where a.expert_id = any($1)',
      [ownExpert],
    );
    const foreignSheets = await column(
      'select s.id from score_sheet s join assignment a on a.id = s.assignment_id where a.expert_id <> all($1) order by s.id limit 5',
      [ownExpert],
    );
    const assigned = await column(
      "select nomination_id from assignment where expert_id = any($1) and status not in ('DECLINED', 'RECUSED')",
      [ownExpert],
    );
    const unassigned = await column('select id from nomination where id <> all($1) order by code limit 5', [
      assigned,
    ]);
    const token = await api.login(email);
    const sent = await sentTo(
      token,
      everyQuery(probeArgs, {
        nominations: [...assigned, ...unassigned],
        sheets: [...ownSheets, ...foreignSheets],
      }),
    );

    for (const sheet of ownSheets) expect(sent).toContain(sheet);
    const ownComments = new Set(
      await column(
        'select c.comment from criterion_score c join score_sheet s on s.id = c.sheet_id join assignment a on a.id = s.assignment_id where a.expert_id = any($1)',
        [ownExpert],
      ),
    );
    const visibleText = new Set([
      ...(await column('select name from completer')),
      ...(await column('select name from organization')),
      ...(await column('select name from expert where id = any($1)', [ownExpert])),
    ]);
    const secrets = new Map([
      ...secretsOf(
        "another expert's id",
        await column('select id from expert where id <> all($1)', [ownExpert]),
      ),
      ...secretsOf(
        "another expert's name",
        await column('select name from expert where id <> all($1)', [ownExpert]),
        visibleText,
      ),
      ...secretsOf(
        "another expert's assignment",
        await column('select id from assignment where expert_id <> all($1)', [ownExpert]),
      ),
      ...secretsOf(
        "another expert's sheet",
        await column(
          'select s.id from score_sheet s join assignment a on a.id = s.assignment_id where a.expert_id <> all($1)',
          [ownExpert],
        ),
        new Set(foreignSheets),
      ),
      ...secretsOf(
        "another expert's comment",
        await column(
          `select c.comment from criterion_score c join score_sheet s on s.id = c.sheet_id
         join assignment a on a.id = s.assignment_id where a.expert_id <> all($1) and length(c.comment) >= 12`,
          [ownExpert],
        ),
        ownComments,
      ),
      ...secretsOf('a result', await column('select id from nomination_result')),
      ...secretsOf(
        'a nomination not assigned to it',
        await column('select code from nomination where id <> all($1)', [assigned]),
      ),
    ]);
    expect(leaksIn(sent, secrets)).toEqual([]);
  });
});
