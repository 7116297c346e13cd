import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { type Language, languageOf } from './text.js';

/** Apollo's formatError sees no request: the rest of an HTTP request runs with its language here. */
const storage = new AsyncLocalStorage<Language>();

/** Express middleware: what follows (the GraphQL operation, its errors) runs in the request's language. */
export function inRequestLanguage(request: Request, _response: Response, next: NextFunction): void {
  storage.run(languageOf(request.headers['accept-language']), next);
}

/** The language of the HTTP request being handled; English outside of one. */
export function requestLanguage(): Language {
  return storage.getStore() ?? 'en';
}
