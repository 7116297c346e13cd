import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import { findViewer } from '../auth/session.service.js';
import { sessionToken } from '../auth/session-cookie.js';
import { assertId } from '../db/find-by-id.js';
import { attachmentDisposition } from '../documents/content-disposition.js';
import { sendError } from '../documents/document-errors.js';
import { languageOf } from '../i18n/text.js';
import type { EventBus } from '../live/event-bus.js';
import { exportClosingReport, type ReportFormat } from './closing-export.service.js';
import { ReportKind } from './closing-report.js';

const FILE = /^(rankings|results|final-list)\.(xlsx|pdf)$/;

/**
 * GET /documents/cycles/:cycleId/{rankings,results,final-list}.{xlsx,pdf}: the exports of closing the
 * cycle, one sheet or section per category, for staff signed in by cookie or bearer token.
 */
export function closingExportsRouter({ orm, events }: { orm: MikroORM; events: EventBus }): Router {
  const router = Router();
  router.get(
    '/cycles/:cycleId/:file',
    async (request: Request<{ cycleId: string; file: string }>, response: Response) => {
      const match = FILE.exec(request.params.file);
      if (!match) {
        sendError(response, 'NOT_FOUND', 'There is no such document.');
        return;
      }
      const em = orm.em.fork();
      const viewer = await findViewer(
        em,
        sessionToken(request.headers.authorization, request.headers.cookie),
      );
      assertId('cycleId', request.params.cycleId);
      const exported = await exportClosingReport(
        em,
        events,
        viewer,
        request.params.cycleId,
        match[1] as ReportKind,
        match[2] as ReportFormat,
        languageOf(request.headers['accept-language']),
      );
      response
        .status(200)
        .set({
          'content-disposition': attachmentDisposition(exported.fileName, exported.asciiFileName),
          'content-type': exported.contentType,
          'cache-control': 'no-store',
        })
        .send(exported.bytes);
    },
  );
  return router;
}
