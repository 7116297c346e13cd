import { type Client, createClient } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { type App, startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './databases.js';
import { afterThisFile } from './file-cleanup.js';

export const DEMO_PASSWORD = 'Award2024!demo';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  app: App;
  url: string;
  databaseUrl: string;
  /** POSTs an operation to /graphql as a client would, with a bearer token and other headers when given. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Signs a demo account in and returns its token. */
  login(email: string, password?: string): Promise<string>;
  /** A graphql-ws client on the same port, authenticated by `token` when given; `lazy: false` connects at once and stays. */
  wsClient(token?: string, options?: { lazy?: boolean }): Client;
  close(): Promise<void>;
}

export interface TestDeployment extends TestApi {
  /** Another API instance over the same database, as behind a load balancer. */
  anotherInstance(): Promise<TestApi>;
}

/**
 * Starts the real API (HTTP and WebSocket) on a free port over a database of this test file's own:
 * a copy of the seeded demo database, or an empty one to migrate. Stopped after the file's tests.
 */
export async function startTestApi(
  options: { database?: 'seeded' | 'empty'; redisUrl?: string; settings?: Record<string, string> } = {},
): Promise<TestDeployment> {
  const adminUrl = inject('postgresAdminUrl');
  const name = uniqueDatabaseName('award_test');
  const template = options.database === 'empty' ? undefined : inject('seededTemplate');
  const url = await createDatabase(adminUrl, name, template);
  const instances: TestApi[] = [];
  afterThisFile(async () => {
    for (const instance of instances) await instance.close();
    await dropDatabase(adminUrl, name);
  });
  const startInstance = async () => {
    const instance = await connectTestApi(url, options.redisUrl, options.settings);
    instances.push(instance);
    return instance;
  };
  return { ...(await startInstance()), anotherInstance: startInstance };
}

/** An API instance over an existing database (a restored copy, say); the caller closes it. */
export async function connectTestApi(
  databaseUrl: string,
  redisUrl: string | undefined,
  settings: Record<string, string> = {},
): Promise<TestApi> {
  const app = await startApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SEED_DEMO_DATA: 'false',
      // Failed sign-ins are still slowed, only less, so that lock-out tests run quickly.
      SIGN_IN_DELAY_MS: '10',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      ...settings,
    }),
  );
  const clients: Client[] = [];
  const api: TestApi = {
    app,
    url: app.url,
    databaseUrl,
    async graphql(query, variables, token, headers = {}) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async login(email, password = DEMO_PASSWORD) {
      const result = await api.graphql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    wsClient(token, options = {}) {
      const client = createClient({
        lazy: options.lazy ?? true,
        // A closed eager socket is what the tests that use one wait for, not an error to print.
        onNonLazyError: () => {},
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
    },
  };
  return api;
}
