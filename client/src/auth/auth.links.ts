import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind } from 'graphql';
import { forgetSession, sessionToken } from './session';

function bearerAuthorization(): string | undefined {
  const token = sessionToken();
  return token ? `Bearer ${token}` : undefined;
}

/** Adds `Authorization: Bearer <token>` to HTTP requests while a session is stored. */
export function createAuthLink(): ApolloLink {
  return new SetContextLink(({ headers }) => {
    const authorization = bearerAuthorization();
    return authorization ? { headers: { ...headers, authorization } } : {};
  });
}

/** graphql-ws's connection parameters, read each time the socket (re)connects. */
export function webSocketConnectionParams(): Record<string, string> {
  const authorization = bearerAuthorization();
  return authorization ? { authorization } : {};
}

function isLogin(operation: ApolloLink.Operation): boolean {
  return getMainDefinition(operation.query).selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === 'login',
  );
}

/**
 * UNAUTHENTICATED means the server no longer accepts the stored token (expired, revoked, or sent by no
 * one): the session is dropped, and the route guard sends the user to sign in. From `login` it only
 * means a wrong email or password, which the sign-in form shows.
 */
export function createSessionEndLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    const isUnauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphqlError) => graphqlError.extensions?.code === 'UNAUTHENTICATED');
    if (isUnauthenticated && !isLogin(operation)) forgetSession();
  });
}
