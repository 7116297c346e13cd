import { ERROR_CODES } from '../src/errors.js';

/**
 * Every code the API gives a refusal. INTERNAL_SERVER_ERROR is among them: with the database gone, the
 * API can only answer that, with an id for its log and no detail; a clean answer all the same.
 */
const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** What a client saw of one request. */
export type Outcome =
  | { kind: 'answered'; data: Record<string, unknown>; isReplay: boolean }
  /** A GraphQL error with a known code and no stack. */
  | { kind: 'refused'; code: string; rule?: string; message: string }
  /** The connection was refused, reset or timed out: the client cannot know what happened. */
  | { kind: 'unreachable'; detail: string }
  /** Anything else: an unknown code, a stack, a body that is not GraphQL. A defect. */
  | { kind: 'unclean'; detail: string };

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  idempotencyKey?: string;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; rule?: string } }[];
}

/** POSTs one operation to an API's /graphql as a client does, and classifies what came back. */
export async function send(apiUrl: string, request: GraphQLRequest, timeoutMs = 15_000): Promise<Outcome> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
      },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined) ?? error) : error;
    return { kind: 'unreachable', detail: cause instanceof Error ? cause.message : String(cause) };
  }
  return classify(response, text);
}

function classify(response: Response, text: string): Outcome {
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    return { kind: 'unclean', detail: `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}` };
  }
  const [error] = body.errors ?? [];
  if (!error) {
    if (!body.data) return { kind: 'unclean', detail: `HTTP ${response.status} without data or errors` };
    return {
      kind: 'answered',
      data: body.data,
      isReplay: response.headers.get('idempotent-replay') === 'true',
    };
  }
  const code = error.extensions?.code ?? '';
  if (!KNOWN_CODES.has(code) || /stack|\n\s+at /.test(text)) {
    return { kind: 'unclean', detail: `HTTP ${response.status}: ${text.slice(0, 300)}` };
  }
  return { kind: 'refused', code, rule: error.extensions?.rule, message: error.message };
}

/** Signs an account in (every demo account has the same password) and returns its bearer token. */
export async function logIn(apiUrl: string, email: string, password: string): Promise<string> {
  const outcome = await send(apiUrl, {
    query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: { e: email, p: password },
  });
  if (outcome.kind !== 'answered') throw new Error(`login of ${email}: ${describe(outcome)}`);
  return (outcome.data.login as { token: string }).token;
}

export function describe(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'answered':
      return outcome.isReplay ? 'answered (replayed)' : 'answered';
    case 'refused':
      return `${outcome.code}${outcome.rule ? `/${outcome.rule}` : ''}: ${outcome.message}`;
    default:
      return `${outcome.kind}: ${outcome.detail}`;
  }
}
