import type { Server } from 'node:http';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { noSessionCookie, sessionToken } from '../auth/session-cookie.js';
import { type ContextDependencies, createContext } from '../context.js';
import { checkOperation } from '../graphql/operation-limits.js';
import { type Language, languageOf } from '../i18n/text.js';
import { SharedSubscriptions } from './shared-subscriptions.js';
import { SocketSessions } from './socket-sessions.js';

type SocketContext = Context<{ authorization?: string; language?: string }, Extra>;
type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
  language: Language,
) => GraphQLFormattedError;

/**
 * How often the server pings each socket, closing one whose pong has not come back by the next ping:
 * longer than graphql-ws's 12 s, since a pong queues behind the snapshots already on their way, and a
 * console on a slow link receiving a large cycle's ranking is slow, not gone.
 */
const KEEP_ALIVE_MS = 30_000;

/** The largest message a client may send over the socket, as for an HTTP request body. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * graphql-ws on the HTTP server's port and path. Each operation goes through the same limits as over
 * HTTP, is authorized by a context of its own, and ends with the socket when the session ends; the
 * subscribers of one operation share its execution and serialisation (shared-subscriptions.ts).
 */
export function startSubscriptionServer(
  httpServer: Server,
  schema: GraphQLSchema,
  deps: ContextDependencies,
  formatError: FormatError,
): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
  });
  const sessions = new SocketSessions(() => deps.orm.em.fork(), deps.events, deps.log);
  const shared = new SharedSubscriptions();
  // A bearer token in the connection parameters (API clients), else the browser's session cookie.
  const tokenOf = (ctx: SocketContext) =>
    sessionToken(ctx.connectionParams?.authorization, ctx.extra.request.headers.cookie);
  // The UI's language in the connection parameters, else the upgrade request's Accept-Language.
  const languageOfSocket = (ctx: SocketContext) =>
    languageOf(ctx.connectionParams?.language ?? ctx.extra.request.headers['accept-language']);
  const format = (ctx: SocketContext, errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error, languageOfSocket(ctx)));

  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        await sessions.watch(ctx.extra.socket, tokenOf(ctx));
        shared.spliceInto(ctx.extra.socket);
        return true;
      },
      subscribe: shared.subscribe,
      jsonMessageReplacer: shared.replacer,
      onSubscribe: (_ctx, _id, payload) => {
        const checked = checkOperation(schema, payload);
        if ('errors' in checked) return checked.errors;
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      context: (ctx) =>
        createContext(deps, {
          token: tokenOf(ctx),
          clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          sessionCookie: noSessionCookie,
        }),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(ctx, result.errors) } : undefined,
      onError: (ctx, _id, _payload, errors) => format(ctx, errors),
    },
    wsServer,
    KEEP_ALIVE_MS,
  );
  return {
    async dispose() {
      await server.dispose();
      await sessions.close();
      wsServer.close();
    },
  };
}
