import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createAuthLink, createSessionEndLink, webSocketConnectionParams } from '../auth/auth.links';
import { onSessionChange } from '../auth/session';
import { nominationsTypePolicies } from '../nominations/nominations.cache';

// Same origin as the page: the dev and preview servers proxy /graphql (HTTP and WebSocket) to the API.
const graphqlPath = '/graphql';

function webSocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export function createApolloClient(): ApolloClient {
  const httpLink = ApolloLink.from([createAuthLink(), new HttpLink({ uri: graphqlPath })]);
  // graphql-ws connects lazily, on the first subscription, so pages without live data open no socket.
  const webSocketClient = createClient({
    url: webSocketUrl(graphqlPath),
    connectionParams: webSocketConnectionParams,
  });
  // A socket carries the token it was opened with (its connection parameters, sent once): after a sign-in or
  // sign-out the open socket is closed, and graphql-ws reconnects its subscriptions with the new token.
  onSessionChange(() => webSocketClient.terminate());
  return new ApolloClient({
    link: ApolloLink.from([
      createSessionEndLink(),
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(webSocketClient),
        httpLink,
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { ...nominationsTypePolicies.queryFields } },
      },
    }),
  });
}
