import { isDeepStrictEqual } from 'node:util';
import type { Credentials } from './scratch-database.js';

/** One HTTP request as the load generator sends it. */
export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function graphqlTarget(name: string, url: string, query: string, token?: string): Target {
  return {
    name,
    url,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  };
}

/** The response body as text; anything but 200 is an error. */
export async function send(target: Target): Promise<string> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${target.name} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string }[];
}

function parseGraphQL(target: Target, text: string): GraphQLResponse {
  const response = JSON.parse(text) as GraphQLResponse;
  if (response.errors?.length) {
    throw new Error(
      `${target.name} answered with errors: ${response.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return response;
}

export async function logIn(apiUrl: string, credentials: Credentials): Promise<string> {
  const target = graphqlTarget(
    'login',
    `${apiUrl}/graphql`,
    `mutation { login(email: ${JSON.stringify(credentials.email)}, password: ${JSON.stringify(credentials.password)}) { token } }`,
  );
  const response = parseGraphQL(target, await send(target));
  return (response.data as { login: { token: string } }).login.token;
}

/**
 * Sends one request to each target and checks that they return the same data without errors, in
 * the same order (arrays compare element by element; object keys in any order). Returns the
 * bodies, which the load generator then expects byte for byte.
 */
export async function sameDataFrom(first: Target, second: Target): Promise<[string, string]> {
  const bodies: [string, string] = [await send(first), await send(second)];
  const [a, b] = [parseGraphQL(first, bodies[0]), parseGraphQL(second, bodies[1])];
  if (!isDeepStrictEqual(a, b)) {
    throw new Error(
      `${first.name} and ${second.name} return different data: first difference at ${firstDifference(a, b)}`,
    );
  }
  return bodies;
}

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
  }
  return path;
}
