import type { ApolloLink } from '@apollo/client/link';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind } from 'graphql';
import { hasErrorCode } from '../app/graphql-errors';
import { sessionRefused } from './session';

// From these, UNAUTHENTICATED says nothing about the session: a wrong password, or signing out of one that
// had ended already. The sign-in form and the sign-out button handle them.
const sessionFields = new Set(['login', 'logout']);

function isAboutTheSession(operation: ApolloLink.Operation): boolean {
  return getMainDefinition(operation.query).selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && sessionFields.has(selection.name.value),
  );
}

/**
 * UNAUTHENTICATED from any other operation means the server no longer accepts the session cookie (expired,
 * revoked by a password change or a sign-out elsewhere): the session ends, and the route guard sends the
 * user to sign in again, to come back to the same page.
 */
export function createSessionEndLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED') && !isAboutTheSession(operation)) void sessionRefused();
  });
}
