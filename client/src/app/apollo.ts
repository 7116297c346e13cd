import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { nominationsTypePolicies } from '../nominations/nominations.cache';

// Same origin as the page: the dev and preview servers proxy /graphql (HTTP and WebSocket) to the API.
const graphqlPath = '/graphql';

function webSocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export function createApolloClient(): ApolloClient {
  const httpLink = new HttpLink({ uri: graphqlPath });
  // graphql-ws connects lazily, on the first subscription, so pages without live data open no socket.
  const webSocketLink = new GraphQLWsLink(createClient({ url: webSocketUrl(graphqlPath) }));
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      webSocketLink,
      httpLink,
    ),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { ...nominationsTypePolicies.queryFields } },
      },
    }),
  });
}
