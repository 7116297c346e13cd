import { inject } from 'vitest';

/** The demo accounts of the seeded database (seeds/src/data/accounts.ts); every one has this password. */
export const demoPassword = 'Award2024!demo';

export interface Credentials {
  email: string;
  password: string;
}

export const demo = {
  secretariat: { email: 'secretariat@example.com', password: demoPassword },
  chair: { email: 'chair@example.com', password: demoPassword },
  member: { email: 'member1@example.com', password: demoPassword },
  expert: { email: 'expert1@example.com', password: demoPassword },
  nominator: { email: 'nominator1@example.com', password: demoPassword },
} satisfies Record<string, Credentials>;

/** A demo account of its own for a test that changes or ends its sessions, so other tests are not affected. */
export function demoAccount(email: string): Credentials {
  return { email, password: demoPassword };
}

interface Authentication {
  /** A bearer token, as API clients send it. */
  token?: string;
  /** A Cookie header, as the browser sends it. */
  cookie?: string;
}

/** One GraphQL request of the test's own, over plain HTTP; resolves to `data` or fails with the errors. */
export async function askApi<T>(query: string, variables: object = {}, as: Authentication = {}): Promise<T> {
  const response = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as.token && { authorization: `Bearer ${as.token}` }),
      ...(as.cookie && { cookie: as.cookie }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`the API refused ${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in over the API and returns a bearer token, to ask what the account may see. */
export async function apiToken(credentials: Credentials): Promise<string> {
  const { login } = await askApi<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    credentials,
  );
  return login.token;
}

/** What the API answers to the account, so that pages are checked against the server, not against themselves. */
export async function askApiAs<T>(
  credentials: Credentials,
  query: string,
  variables: object = {},
): Promise<T> {
  return askApi<T>(query, variables, { token: await apiToken(credentials) });
}

export async function currentCycleId(): Promise<string> {
  const { awardCycles } = await askApi<{ awardCycles: { id: string }[] }>('{ awardCycles { id } }');
  return awardCycles[0].id;
}
