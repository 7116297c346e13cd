import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { type Bilingual, languageOf } from '../i18n/text.js';

/** What express.json (body-parser) attaches to the errors it raises: the HTTP status and a kind. */
interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
}

const NOT_JSON: Bilingual = {
  en: 'The request body is not a JSON object: send one operation as {"query": …, "variables": {…}}.',
  zh: '请求体不是 JSON 对象：请以 {"query": …, "variables": {…}} 的形式发送一个操作。',
};
const NOT_READABLE: Bilingual = {
  en: 'The request body could not be read: send it as UTF-8 JSON, uncompressed or gzip, deflate or br.',
  zh: '无法读取请求体：请以 UTF-8 编码的 JSON 发送，可不压缩，或用 gzip、deflate、br 压缩。',
};

/** The refusal of a body the parser could not take, as Apollo words its own: a code and a message. */
function refusalOf(error: BodyParserError): { status: number; code: string; text: Bilingual } | undefined {
  const status = error.status ?? 500;
  if (status < 400 || status >= 500) return undefined;
  if (error.type === 'entity.too.large') {
    const limit = error.limit ?? 0;
    return {
      status,
      code: 'PAYLOAD_TOO_LARGE',
      text: {
        en: `The request body is larger than the limit of ${limit} bytes.`,
        zh: `请求体超过 ${limit} 字节的上限。`,
      },
    };
  }
  return {
    status,
    code: 'BAD_REQUEST',
    text: error.type === 'entity.parse.failed' ? NOT_JSON : NOT_READABLE,
  };
}

/**
 * The error middleware behind /graphql: a body that is not JSON, too large, in an unknown charset or
 * compression gets a GraphQL-shaped JSON refusal (Express's own page is HTML, and shows the parser's
 * stack outside production); anything else a generic message and an id that is in the log.
 */
export function requestBodyErrorResponder(log: Logger) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const language = languageOf(request.headers['accept-language']);
    const refusal = refusalOf(error as BodyParserError);
    if (refusal) {
      response
        .status(refusal.status)
        .json({ errors: [{ message: refusal.text[language], extensions: { code: refusal.code } }] });
      return;
    }
    const errorId = randomUUID();
    log.error({ err: error, errorId }, 'GraphQL request failed before its operation ran');
    const message = language === 'zh' ? `服务器内部错误（${errorId}）` : `Internal server error (${errorId})`;
    response
      .status(500)
      .json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }] });
  };
}
