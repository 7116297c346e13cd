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

/**
 * Apollo's formatError: domain errors keep their code and message; GraphQL's own errors (syntax,
 * validation, variable coercion) pass through with Apollo's code; anything else is logged and
 * replaced by a generic message, so no stack trace or internal detail reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
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
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
