import { pipeline } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { create as contentDisposition } from 'content-disposition';
import { type NextFunction, type Request, type Response, Router } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import { findViewer } from '../auth/session.service.js';
import { sessionToken } from '../auth/session-cookie.js';
import { PayloadTooLargeError } from '../documents/document-errors.js';
import { badInput } from '../errors.js';
import type { NominationFile } from '../nominations/nomination-file.entity.js';
import type { FileStorage } from './file-storage.js';
import { assertMayChangeFiles, openNominationFile, uploadNominationFile } from './nomination-file.service.js';

export interface NominationFilesOptions {
  orm: MikroORM;
  log: Logger;
  files: FileStorage;
  uploadMaxBytes: number;
}

/**
 * POST /documents/nominations/:id/files (multipart: `purpose`, `evidenceKind`, `file`) and
 * GET /documents/files/:fileId (`?download=1` for an attachment), for a session cookie or a bearer token.
 */
export function nominationFilesRouter({ orm, log, files, uploadMaxBytes }: NominationFilesOptions): Router {
  const router = Router();
  const parseUpload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: uploadMaxBytes, files: 1, fields: 2, parts: 3, fieldSize: 100 },
    // Browsers send file names as UTF-8 (Chinese names included), not latin1 as the multipart RFC says.
    defParamCharset: 'utf8',
  }).single('file');
  const receiveUpload = (request: Request, response: Response, next: NextFunction) =>
    parseUpload(request, response, (error: unknown) =>
      next(error === undefined ? undefined : uploadError(error, uploadMaxBytes)),
    );
  // Who asks, and whether they may upload there now, is settled before the body is read.
  const admitUploader = async (request: Request<{ id: string }>, response: Response, next: NextFunction) => {
    const em = orm.em.fork();
    const viewer = await findViewer(em, sessionToken(request.headers.authorization, request.headers.cookie));
    await assertMayChangeFiles(em, viewer, request.params.id);
    response.locals.viewer = viewer;
    next();
  };

  router.post(
    '/nominations/:id/files',
    admitUploader,
    receiveUpload,
    async (request: Request<{ id: string }>, response: Response) => {
      const file = await uploadNominationFile(
        orm.em.fork(),
        files,
        response.locals.viewer,
        request.params.id,
        {
          purpose: request.body?.purpose,
          evidenceKind: request.body?.evidenceKind,
          file: request.file && { originalName: request.file.originalname, bytes: request.file.buffer },
        },
      );
      response
        .status(201)
        .set('cache-control', 'no-store')
        .json({ file: fileJson(file) });
    },
  );

  router.get('/files/:fileId', async (request: Request<{ fileId: string }>, response: Response) => {
    const em = orm.em.fork();
    const viewer = await findViewer(em, sessionToken(request.headers.authorization, request.headers.cookie));
    const { file, content } = await openNominationFile(em, files, viewer, request.params.fileId);
    // Only PDF, JPEG and PNG are ever stored (checked by content), so showing one inline runs no script.
    response.status(200).set({
      'content-type': file.mediaType,
      'content-length': String(content.sizeBytes),
      'content-disposition': contentDisposition(file.fileName, {
        type: request.query.download === '1' ? 'attachment' : 'inline',
      }),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    pipeline(content.stream, response, (error) => {
      if (error) log.warn({ err: error, fileId: file.id }, 'file download interrupted');
    });
  });
  return router;
}

function fileJson(file: NominationFile) {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    purpose: file.purpose,
    evidenceKind: file.evidenceKind ?? null,
    uploadedAt: file.uploadedAt.toISOString(),
  };
}

/** The parser's refusals as the API's errors, each naming the field. */
function uploadError(error: unknown, maxBytes: number): Error {
  if (!(error instanceof multer.MulterError))
    return badInput('file', {
      en: 'the body is not well-formed multipart/form-data',
      zh: '请求体不是格式正确的 multipart/form-data',
    });
  if (error.code === 'LIMIT_FILE_SIZE') return new PayloadTooLargeError('file', maxBytes);
  if (error.code === 'LIMIT_UNEXPECTED_FILE')
    return badInput(error.field ?? 'file', {
      en: 'send one file, in the field "file"',
      zh: '请在字段“file”中只上传一个文件',
    });
  return badInput(error.field ?? 'file', {
    en: `the form has more or larger fields than purpose, evidenceKind and file`,
    zh: '表单只能包含 purpose、evidenceKind 和 file 三个字段，且不能超长',
  });
}
