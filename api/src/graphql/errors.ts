import { randomUUID } from 'node:crypto';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AuthorizationError } from 'type-graphql';
import { DomainError } from '../errors.js';
import { isTokenLimitError } from './operation-limits.js';

/** Translates what services, the ORM and type-graphql throw into a DomainError, or undefined if unexpected. */
function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof OptimisticLockError) {
    return new DomainError('CONFLICT', 'This record was changed by someone else; reload it and try again.');
  }
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint;
    return new DomainError(
      'CONFLICT',
      `A record with the same values exists already (${constraint ?? 'unique'}).`,
      {
        constraint,
      },
    );
  }
  if (
    error instanceof CheckConstraintViolationException ||
    error instanceof NotNullConstraintViolationException ||
    error instanceof ForeignKeyConstraintViolationException
  ) {
    const constraint = (error as { constraint?: string }).constraint;
    return new DomainError('BAD_USER_INPUT', `The data breaks the rule ${constraint ?? 'of the database'}.`, {
      constraint,
    });
  }
  // The auth checker refuses a missing viewer itself (UNAUTHENTICATED); type-graphql refuses a wrong role.
  if (error instanceof AuthorizationError) {
    return new DomainError('FORBIDDEN', 'Your account may not do this.');
  }
  return undefined;
}

/** What was thrown at first: Apollo and graphql-js wrap it in GraphQLErrors, sometimes twice. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Apollo's formatError: domain errors keep their code and message; GraphQL's own errors (syntax,
 * validation, variable coercion) pass through with Apollo's code; anything else is logged and
 * replaced by a generic message and an id that is in the log, so no stack trace or internal detail
 * reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    const domain = asDomainError(original);
    if (domain) {
      return {
        message: domain.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { ...domain.details, code: domain.code },
      };
    }
    if (original === undefined || original === null || original instanceof GraphQLError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      if (isTokenLimitError(formatted.message)) extensions.code = 'QUERY_TOO_LARGE';
      return { ...formatted, extensions };
    }
    // The client gets only an id to quote; the log line with the same id holds the cause.
    const errorId = randomUUID();
    log.error({ err: original, errorId, path: formatted.path }, 'unexpected error');
    return {
      message: `Internal server error (${errorId})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
