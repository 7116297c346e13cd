import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractSchema } from './contract-schema.js';
import { type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

/** Every code a refusal may carry: anything else (INTERNAL_SERVER_ERROR above all) is a defect. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'WINDOW_CLOSED',
  'INCOMPLETE',
  'NO_QUORUM',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COSTLY',
]);

/** Operations that end or change the fuzzer's own sessions; their refusals are tested elsewhere. */
const SKIPPED = new Set(['login', 'logout', 'changePassword', 'setAccountDisabled']);

const hostileStrings = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    "'; drop table nomination; --",
    '<script>alert(1)</script>',
    '\u0000',
    '../../etc/passwd',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(5000),
    '𠀀𠀁𠀂',
    '2024-02-30',
    '1e309',
  ),
  fc.uuid(),
);

/** Ids of the demo data (cycles, nominations, assignments, sheets, experts, …), read before the run. */
let knownIds: string[] = ['00000000-0000-0000-0000-000000000000'];

/**
 * A value for an input type: random and boundary values, nested within bounds; null now and then, even
 * where the type forbids it (coercion must refuse it), but a required value mostly given, so that the
 * resolvers run.
 */
function arbitraryOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: isNonNullType(type) ? 19 : 4, arbitrary: valueFor(inner, depth) },
  );
}

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = (value: fc.Arbitrary<unknown>) => value;
  if (isListType(type))
    return nullable(fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }));
  const named = getNamedType(type);
  if (isEnumType(named)) return nullable(fc.constantFrom(...named.getValues().map((value) => value.name)));
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(named.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryOf(field.type, depth + 1)]))),
    );
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return nullable(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31))));
      case 'Float':
        return nullable(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(0, -0.5, 1e12, 0.001),
          ),
        );
      case 'Boolean':
        return nullable(fc.boolean());
      case 'DateTimeISO':
        return nullable(
          fc.oneof(
            fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
            hostileStrings,
          ),
        );
      case 'JSON':
        return nullable(fc.jsonValue());
      case 'ID':
        // Real ids of every kind, so that the resolvers get past the lookups, and hostile ones.
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
          { weight: 1, arbitrary: hostileStrings },
        );
      default:
        return nullable(hostileStrings);
    }
  }
  return fc.constant(null);
}

function operationOf(root: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${root}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * issue 9, hostile input: every query and mutation of the schema, as every role, with random and
 * boundary values for each argument (injection strings, huge and odd text, bad ids, extreme numbers,
 * nulls where they are allowed and where they are not). Each answer must be data or a refusal with a
 * known code: never an internal error, never a stack.
 */
describe('every operation with hostile arguments', () => {
  let api: TestApi;
  const tokens: (string | undefined)[] = [undefined];

  beforeAll(async () => {
    api = await startTestApi({ settings: { SIGN_IN_DELAY_MS: '0' } });
    const db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const tables = [
      'award_cycle',
      'nomination',
      'assignment',
      'score_sheet',
      'expert',
      'organization',
      'app_user',
      'nomination_file',
      'criterion',
      'expertise_field',
      're_review_ballot',
      'objection',
      'notification',
    ];
    for (const table of tables) {
      const { rows } = await db.query(`select id::text from ${table} order by id limit 5`);
      knownIds.push(...rows.map((row) => row.id));
    }
    await db.end();
    knownIds = [...new Set(knownIds)];
    for (const email of [
      'secretariat@example.com',
      'chair@example.com',
      'member5@example.com',
      'expert9@example.com',
      'nominator6@example.com',
    ]) {
      tokens.push(await api.login(email));
    }
  });

  const schema = contractSchema();
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const operations = roots.flatMap(([root, type]) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => !SKIPPED.has(field.name))
      .map((field) => ({ root, field })),
  );

  it('answers data or a refusal with a known code, never an internal error', async () => {
    const unexpected: string[] = [];
    const outcomes = new Map<string, number>();
    let requests = 0;
    for (const { root, field } of operations) {
      const query = operationOf(root, field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryOf(arg.type, 0)])),
      );
      const samples = fc.sample(variables, { numRuns: 20, seed: 20261129 });
      for (const [i, sample] of samples.entries()) {
        const token = tokens[i % tokens.length];
        const answer: GraphQLResponse<unknown> = await api.graphql(
          query,
          sample as Record<string, unknown>,
          token,
        );
        requests += 1;
        const outcome = answer.errors?.length ? String(answer.errors[0].extensions?.code) : 'DATA';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        for (const error of answer.errors ?? []) {
          const code = String(error.extensions?.code);
          if (!KNOWN_CODES.has(code) || JSON.stringify(error).includes('stack')) {
            unexpected.push(
              `${root} ${field.name} ${code}: ${error.message} ${JSON.stringify(sample).slice(0, 300)}`,
            );
          }
        }
      }
    }
    console.log(
      `schema fuzz: ${operations.length} operations, ${requests} requests, ${unexpected.length} unexpected; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );
    expect(unexpected).toEqual([]);
  }, 300_000);
});
