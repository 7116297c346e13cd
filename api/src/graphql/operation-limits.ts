import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  type ValidationContext,
  validate,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError, type ErrorCode } from '../errors.js';
import type { Bilingual } from '../i18n/text.js';

/**
 * How big one operation may be. The deepest screen (an expert's sheet: assignments → edges → node →
 * scoreSheet → scores → criterion → levels → field) nests 8 levels. The cost counts one per field, and a
 * connection's rows as many times as the page asks for (`first`, from a literal or a variable): a page
 * of 100 nominations with their completers, organizations and files stays well within it.
 */
export const OPERATION_LIMITS = {
  depth: 10,
  cost: 20_000,
  aliases: 15,
  directives: 20,
  tokens: 2000,
  /** The deepest input (a rubric's criteria and their levels) nests 5 levels in the variables. */
  variableDepth: 10,
} as const;

function refusal(code: ErrorCode, message: Bilingual): GraphQLError {
  return new GraphQLError(message.en, {
    originalError: new DomainError(code, message),
    extensions: { http: { status: 400 } },
  });
}

/** Turns graphql-armor's rejection into a validation error that carries our stable code. */
function refuseWith(code: ErrorCode, message: Bilingual) {
  return (context: ValidationContext | null): void => {
    context?.reportError(refusal(code, message));
  };
}

const armor = new ApolloArmor({
  maxDepth: {
    n: OPERATION_LIMITS.depth,
    propagateOnRejection: false,
    onReject: [
      refuseWith('QUERY_TOO_DEEP', {
        en: `Operations may nest at most ${OPERATION_LIMITS.depth} levels.`,
        zh: `查询最多嵌套 ${OPERATION_LIMITS.depth} 层。`,
      }),
    ],
  },
  // graphql-armor's cost ignores page sizes given as variables; graphql-query-complexity (below) does not.
  costLimit: { enabled: false },
  maxAliases: {
    n: OPERATION_LIMITS.aliases,
    propagateOnRejection: false,
    onReject: [
      refuseWith('TOO_MANY_ALIASES', {
        en: `Operations may use at most ${OPERATION_LIMITS.aliases} aliases.`,
        zh: `查询最多使用 ${OPERATION_LIMITS.aliases} 个别名。`,
      }),
    ],
  },
  maxDirectives: {
    n: OPERATION_LIMITS.directives,
    propagateOnRejection: false,
    onReject: [
      refuseWith('TOO_MANY_DIRECTIVES', {
        en: `Operations may use at most ${OPERATION_LIMITS.directives} directives.`,
        zh: `查询最多使用 ${OPERATION_LIMITS.directives} 个指令。`,
      }),
    ],
  },
  // Counted by graphql-js's own parser (parseOptions below); armor's Apollo plugin loses the error's code.
  maxTokens: { enabled: false },
});

/** graphql-js stops parsing past this many tokens, over HTTP and over the socket alike. */
export const parseOptions = { maxTokens: OPERATION_LIMITS.tokens };

/** The parser's refusal of a long document, which the error formatter reports as QUERY_TOO_LARGE. */
export function isTokenLimitError(message: string): boolean {
  return /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message);
}

/** A connection costs its rows' fields once per row it may return. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;

/** Whether a JSON value nests deeper than `levels`, looking no deeper than that. */
function nestsDeeperThan(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (levels === 0) return true;
  return Object.values(value).some((item) => nestsDeeperThan(item, levels - 1));
}

/**
 * Variables are read before the operation runs (by the cost, and hashed for an Idempotency-Key) by
 * code that recurses: values nested thousands deep, declared or not, are refused first.
 */
function variablesRefusal(variables: Record<string, unknown> | null | undefined): GraphQLError | undefined {
  if (!nestsDeeperThan(variables, OPERATION_LIMITS.variableDepth)) return undefined;
  return refusal('BAD_USER_INPUT', {
    en: `Variables may nest at most ${OPERATION_LIMITS.variableDepth} levels.`,
    zh: `变量最多嵌套 ${OPERATION_LIMITS.variableDepth} 层。`,
  });
}

/** Whether the variables fit the operation's declarations, stopping at the first that does not. */
function areVariablesValid(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): boolean {
  const definitions = getOperationAST(query, operationName)?.variableDefinitions ?? [];
  return !('errors' in getVariableValues(schema, definitions, variables, { maxErrors: 1 }));
}

/** QUERY_TOO_COSTLY when the operation's cost is over the limit; nothing otherwise. */
function costRefusal(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError | undefined {
  // getComplexity collects every bad value with no limit: a list of 100,000 nulls took seconds.
  // Bad variables are execution's to report, with their own message, in any case.
  if (!areVariablesValid(schema, query, variables ?? {}, operationName ?? undefined)) return undefined;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return undefined; // Bad variables: execution reports them with their own message.
  }
  if (cost <= OPERATION_LIMITS.cost) return undefined;
  return refusal('QUERY_TOO_COSTLY', {
    en: `The operation costs ${cost}, more than the limit of ${OPERATION_LIMITS.cost}.`,
    zh: `查询开销为 ${cost}，超过上限 ${OPERATION_LIMITS.cost}。`,
  });
}

const protection = armor.protect();

/** Apollo Server's share: the validation rules, the masked field suggestions, the cost. */
export function operationLimits(schema: GraphQLSchema) {
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const refused =
            variablesRefusal(request.variables) ??
            costRefusal(schema, document, request.variables, request.operationName);
          if (refused) throw refused;
        },
      };
    },
  };
  return {
    validationRules: protection.validationRules,
    // graphql-armor is typed against @apollo/server's CommonJS build; the plugin objects are the same.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin[]), costPlugin],
  };
}

/**
 * The same limits for an operation sent over graphql-ws, which has no Apollo pipeline: parsed with the
 * token limit, validated with the same rules, its cost checked. Returns the document, or the errors.
 */
export function checkOperation(
  schema: GraphQLSchema,
  payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    throw error;
  }
  const errors = validate(schema, document, [...specifiedRules, ...protection.validationRules]);
  if (errors.length > 0) return { errors };
  const refused =
    variablesRefusal(payload.variables) ??
    costRefusal(schema, document, payload.variables, payload.operationName);
  return refused ? { errors: [refused] } : { document };
}
