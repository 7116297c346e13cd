import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createSessionEndLink } from '../auth/auth.links';
import { onSessionChange } from '../auth/session';
import { queryFieldPolicies } from './cache-policies';
import { currentLanguage, onLanguageSwitched } from './i18n';

// Same origin as the page: the dev and preview servers proxy /graphql (HTTP and WebSocket) to the API,
// and the browser sends the httpOnly session cookie with both. No token is ever in the page's hands.
const graphqlPath = '/graphql';

function webSocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** Every operation over HTTP names the UI's language as it is when sent: the API answers refusals in it. */
function createLanguageLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': currentLanguage() },
    }));
    return forward(operation);
  });
}

export function createApolloClient(): ApolloClient {
  // graphql-ws connects lazily, on the first subscription, so pages without live data open no socket.
  // The UI's language is read at each (re)connection; a switch reopens the socket in the new one.
  const webSocketClient = createClient({
    url: webSocketUrl(graphqlPath),
    connectionParams: () => ({ language: currentLanguage() }),
  });
  onLanguageSwitched(() => webSocketClient.terminate());
  const client = new ApolloClient({
    link: ApolloLink.from([
      createSessionEndLink(),
      createLanguageLink(),
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(webSocketClient),
        new HttpLink({ uri: graphqlPath }),
      ),
    ]),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: queryFieldPolicies } } }),
  });
  onSessionChange((change, isElsewhere) => {
    // A socket acts for the cookie it was opened with: closed after every change of session, graphql-ws
    // reopens it for the subscriptions still running, with the cookie the browser has now.
    webSocketClient.terminate();
    if (change === 'renewed') return undefined;
    // Nothing cached for the previous user (or for nobody) may be shown to the next. A sign-in in another
    // tab may change who this tab acts for: what it shows is fetched again.
    return change === 'began' && isElsewhere ? client.resetStore() : client.clearStore();
  });
  return client;
}
