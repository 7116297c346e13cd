import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import { noSessionCookie, sessionCookieOn, sessionToken } from './auth/session-cookie.js';
import { type ContextDependencies, createContext } from './context.js';
import { createErrorFormatter } from './graphql/errors.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServerOptions extends ContextDependencies {
  schema: GraphQLSchema;
  orm: MikroORM;
  host: string;
  port: number;
  /** Off in production: clients use the checked-in schema/schema.graphql. */
  introspection: boolean;
  /** Session cookies only over HTTPS (production). */
  isCookieSecure: boolean;
  /** Express's `trust proxy` setting, from TRUST_PROXY. */
  trustProxy?: string;
}

/** HTTP at /graphql and /healthz, and graphql-ws subscriptions on the same port and path. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, orm, log } = options;
  const formatError = createErrorFormatter(log);
  const app = express();
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      context: (ctx) =>
        createContext(options, {
          token: sessionToken(ctx.connectionParams?.authorization, ctx.extra.request.headers.cookie),
          clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          sessionCookie: noSessionCookie,
        }),
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error, error)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors: readonly GraphQLError[]) =>
        errors.map((error) => formatError(error, error)),
    },
    wsServer,
  );

  const apollo = new ApolloServer({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', trustProxyValue(options.trustProxy));
  app.use(
    pinoHttp({
      logger: log,
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // Session tokens never reach the logs.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    }),
  );
  app.get('/healthz', async (_req, res) => {
    const check = await orm.checkConnection();
    res.status(check.ok ? 200 : 503).json({ status: check.ok ? 'ok' : 'unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(options, {
          token: sessionToken(req.headers.authorization, req.headers.cookie),
          clientAddress: req.ip ?? 'unknown',
          sessionCookie: sessionCookieOn(res, options.isCookieSecure),
        }),
    }),
  );

  await listen(httpServer, options.host, options.port);
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  log.info({ url: `${url}/graphql` }, 'API listening');
  return {
    url,
    port,
    async close() {
      await apollo.stop();
      wsServer.close();
    },
  };
}

/** `true`/`false`, a hop count, or addresses and subnets such as `loopback, 10.0.0.0/8`. */
function trustProxyValue(setting: string): boolean | number | string {
  if (setting === 'true' || setting === 'false') return setting === 'true';
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
