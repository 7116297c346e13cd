/** The stable codes clients branch on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NO_QUORUM'
  | 'WINDOW_CLOSED'
  | 'INCOMPLETE'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

/** A rule the request broke, with a message a user can act on. Services throw these; GraphQL maps them. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} ${JSON.stringify(id)} does not exist`, { id });
}

export function badInput(field: string, rule: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${field}: ${rule}`, { field });
}
