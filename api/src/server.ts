import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { sessionCookieOn, sessionToken } from './auth/session-cookie.js';
import { type ContextDependencies, createContext } from './context.js';
import { documentsRouter } from './documents/documents.router.js';
import { createErrorFormatter } from './graphql/errors.js';
import { operationLimits, parseOptions } from './graphql/operation-limits.js';
import { requestBodyErrorResponder } from './graphql/request-body-errors.js';
import { uncacheableResponses } from './graphql/uncacheable-responses.js';
import { inRequestLanguage, requestLanguage } from './i18n/request-language.js';
import { idempotencyPlugin } from './idempotency/idempotency.plugin.js';
import { startSubscriptionServer } from './live/subscription-server.js';

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
  /** Off in production, with the landing page: clients use the checked-in schema/schema.graphql. */
  introspection: boolean;
  /** Session cookies only over HTTPS (production). */
  isCookieSecure: boolean;
  /** Express's `trust proxy` setting, from TRUST_PROXY. */
  trustProxy?: string;
  /** The largest upload accepted, from UPLOAD_MAX_BYTES. */
  uploadMaxBytes: number;
}

/** HTTP at /graphql and /healthz, and graphql-ws subscriptions on the same port and path. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, orm, log } = options;
  const formatError = createErrorFormatter(log);
  const app = express();
  const httpServer = createServer(app);

  const subscriptions = startSubscriptionServer(httpServer, schema, options, formatError);

  const limits = operationLimits(schema);
  const apollo = new ApolloServer({
    schema,
    // Refusals in the language the request's Accept-Language asks for (inRequestLanguage, below).
    formatError: (formatted, error) => formatError(formatted, error, requestLanguage()),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    // Cookies authenticate browsers, so a cross-site form post must never run an operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions,
    plugins: [
      ...uncacheableResponses(),
      ...limits.plugins,
      idempotencyPlugin(options.orm),
      ...(options.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => subscriptions.dispose() }) },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Security headers; the development landing page (Apollo Sandbox) loads its scripts from a CDN.
  app.use(helmet({ contentSecurityPolicy: options.introspection ? false : undefined }));
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
  app.use('/documents', documentsRouter(options));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // After the body is read: the language must hold from here to the response.
    inRequestLanguage,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(options, {
          token: sessionToken(req.headers.authorization, req.headers.cookie),
          clientAddress: req.ip ?? 'unknown',
          sessionCookie: sessionCookieOn(res, options.isCookieSecure),
        }),
    }),
    requestBodyErrorResponder(log),
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
