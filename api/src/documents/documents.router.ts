import { type Request, type Response, Router } from 'express';
import { findViewer } from '../auth/session.service.js';
import { sessionToken } from '../auth/session-cookie.js';
import { closingExportsRouter } from '../closing/closing-exports.router.js';
import { DomainError } from '../errors.js';
import { type NominationFilesOptions, nominationFilesRouter } from '../files/nomination-files.router.js';
import type { EventBus } from '../live/event-bus.js';
import { generateNominationDocument } from './document.service.js';
import { documentErrorResponder } from './document-errors.js';
import { DocumentKind } from './generated-document.entity.js';

/**
 * GET /documents/nominations/:id/form.pdf and …/pledge.pdf: a new printout on each request, for a
 * browser's session cookie or an API client's bearer token, like /graphql; and the uploaded files
 * (nomination-files.router.ts), and the exports of closing the cycle (closing-exports.router.ts).
 */
export function documentsRouter(options: NominationFilesOptions & { events: EventBus }): Router {
  const { orm, log } = options;
  const router = Router();
  const download = (kind: DocumentKind) => async (request: Request<{ id: string }>, response: Response) => {
    const em = orm.em.fork();
    const viewer = await findViewer(em, sessionToken(request.headers.authorization, request.headers.cookie));
    const document = await generateNominationDocument(em, viewer, request.params.id, kind);
    response
      .status(200)
      .attachment(document.fileName)
      .set({ 'content-type': 'application/pdf', 'cache-control': 'no-store' })
      .send(document.bytes);
  };
  router.get('/nominations/:id/form.pdf', download(DocumentKind.FORM));
  router.get('/nominations/:id/pledge.pdf', download(DocumentKind.PLEDGE));
  router.use(nominationFilesRouter(options));
  router.use(closingExportsRouter(options));
  router.use((_request, _response, next) =>
    next(new DomainError('NOT_FOUND', { en: 'There is no such document.', zh: '没有这份文件。' })),
  );
  router.use(documentErrorResponder(log));
  return router;
}
