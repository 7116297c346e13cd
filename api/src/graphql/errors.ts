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
import type { Language } from '../i18n/text.js';
import { isTokenLimitError } from './operation-limits.js';

/** Translates what services, the ORM and type-graphql throw into a DomainError, or undefined if unexpected. */
function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof OptimisticLockError) {
    return new DomainError('CONFLICT', {
      en: 'This record was changed by someone else; reload it and try again.',
      zh: '该记录已被他人修改，请重新加载后再试。',
    });
  }
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint;
    return new DomainError(
      'CONFLICT',
      {
        en: `A record with the same values exists already (${constraint ?? 'unique'}).`,
        zh: `已有相同内容的记录（${constraint ?? 'unique'}）。`,
      },
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
    return new DomainError(
      'BAD_USER_INPUT',
      {
        en: `The data breaks the rule ${constraint ?? 'of the database'}.`,
        zh: constraint ? `数据不符合规则 ${constraint}。` : '数据不符合数据库的规则。',
      },
      { constraint },
    );
  }
  // The auth checker refuses a missing viewer itself (UNAUTHENTICATED); type-graphql refuses a wrong role.
  if (error instanceof AuthorizationError) {
    return new DomainError('FORBIDDEN', {
      en: 'Your account may not do this.',
      zh: '您的账号无权执行此操作。',
    });
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
 * Apollo's formatError: domain errors keep their code and give their message in the viewer's language
 * (English unless told otherwise); GraphQL's own errors (syntax,
 * validation, variable coercion) pass through with Apollo's code; anything else is logged and
 * replaced by a generic message and an id that is in the log, so no stack trace or internal detail
 * reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
    language: Language = 'en',
  ): GraphQLFormattedError => {
    const original = rootCause(error);
    const domain = asDomainError(original);
    if (domain) {
      return {
        message: domain.messageIn(language),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { ...domain.detailsIn(language), code: domain.code },
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
      message: language === 'zh' ? `服务器内部错误（${errorId}）` : `Internal server error (${errorId})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
