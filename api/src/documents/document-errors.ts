import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from '../errors.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { term } from '../i18n/terms.js';
import { type Bilingual, languageOf } from '../i18n/text.js';

/** The form is printed for the seal only once every section is filled in (award-rules.md, filing flow, step 4). */
export class IncompleteNominationError extends Error {
  readonly code = 'INCOMPLETE';
  readonly text: Bilingual;

  constructor(readonly sections: { section: string; missing: string[] }[]) {
    const listed = sections.map(({ section, missing }) => `${section} (${missing.join(', ')})`).join('; ');
    super(`The nomination form is not complete: ${listed}.`);
    this.name = 'IncompleteNominationError';
    const listedZh = sections
      .map(
        ({ section, missing }) => `${term('formSection', section)}（${missing.map(fieldLabel).join('、')}）`,
      )
      .join('；');
    this.text = { en: this.message, zh: `提名书尚未填写完整：${listedZh}。` };
  }
}

/** An upload larger than UPLOAD_MAX_BYTES, refused with HTTP 413. */
export class PayloadTooLargeError extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly text: Bilingual;

  constructor(
    readonly field: string,
    readonly maxBytes: number,
  ) {
    super(`${field}: the file is larger than the limit of ${maxBytes} bytes`);
    this.name = 'PayloadTooLargeError';
    this.text = { en: this.message, zh: `${fieldLabel(field)}：文件超过 ${maxBytes} 字节的上限` };
  }
}

type DocumentErrorCode = ErrorCode | 'INCOMPLETE' | 'PAYLOAD_TOO_LARGE';

const STATUS: Partial<Record<DocumentErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INCOMPLETE: 409,
  WINDOW_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/** Sends `{ error: { code, message, …details } }` with the HTTP status of the code. */
export function sendError(
  response: Response,
  code: DocumentErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  // A client told to sign in is told how (RFC 9110, 401 needs a challenge).
  if (code === 'UNAUTHENTICATED') response.set('www-authenticate', 'Bearer');
  response
    .status(STATUS[code] ?? 500)
    .set('cache-control', 'no-store')
    .json({ error: { ...details, code, message } });
}

/**
 * The error middleware of the documents router: the codes of the GraphQL API for domain errors, their
 * message in the language of the request's Accept-Language; for anything unexpected a generic message
 * and an id that is in the log, never a stack trace.
 */
export function documentErrorResponder(log: Logger) {
  return (error: unknown, request: Request, response: Response, _next: NextFunction): void => {
    const language = languageOf(request.headers['accept-language']);
    if (error instanceof DomainError) {
      sendError(response, error.code, error.messageIn(language), error.detailsIn(language));
      return;
    }
    if (error instanceof IncompleteNominationError) {
      sendError(response, error.code, error.text[language], { sections: error.sections });
      return;
    }
    if (error instanceof PayloadTooLargeError) {
      sendError(response, error.code, error.text[language], { field: error.field, maxBytes: error.maxBytes });
      return;
    }
    const errorId = randomUUID();
    log.error({ err: error, errorId }, 'document request failed');
    const message = language === 'zh' ? `服务器内部错误（${errorId}）` : `Internal server error (${errorId})`;
    sendError(response, 'INTERNAL_SERVER_ERROR', message, { errorId });
  };
}
