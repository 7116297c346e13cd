import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditRecord, recordAudit, recordAudits } from '../audit/audit.service.js';
import { visibleNominations } from '../auth/nomination-visibility.js';
import { policy } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { EvidenceKind, FilePurpose, FormSection } from '../nominations/nomination.enums.js';
import { NominationFile } from '../nominations/nomination-file.entity.js';
import { assertNominatorMayChange, ownNomination } from '../nominations/own-nomination.js';
import { recordSectionChanges } from '../nominations/returned-sections.js';
import {
  assertNameMatchesContent,
  detectMediaType,
  displayFileName,
  extensionOf,
  sha256Hex,
} from './file-content.js';
import type { FileStorage, StoredBytes } from './file-storage.js';

/** Each nomination has one stamped form and one signed pledge: a new upload replaces the previous one. */
const REPLACEABLE = new Set([FilePurpose.STAMPED_FORM, FilePurpose.SIGNED_PLEDGE]);

/** An upload as it arrives: the form fields as sent, and the file when one was sent. */
export interface FileUpload {
  purpose: unknown;
  evidenceKind: unknown;
  file?: { originalName: string; bytes: Buffer };
}

/**
 * Uploads the stamped form, the signed pledge or a piece of evidence to the viewer's own nomination
 * (award-rules.md, the online filing flow, step 5) while it is editable and the nomination window is
 * open. The bytes are checked by content and hashed, stored, and their metadata written with an audit
 * event in one transaction; if that fails, the stored bytes are removed again. A new stamped form or
 * pledge replaces the previous one, whose bytes are removed once the replacement has committed.
 */
export async function uploadNominationFile(
  em: EntityManager,
  storage: FileStorage,
  viewer: Viewer | null,
  nominationId: string,
  upload: FileUpload,
): Promise<NominationFile> {
  const actor = signedIn(viewer, 'upload files');
  const { purpose, evidenceKind } = parsePurpose(upload);
  if (!upload.file)
    throw badInput('file', {
      en: 'a file is required (the multipart field "file")',
      zh: '请上传文件（multipart 字段“file”）',
    });
  const { bytes } = upload.file;
  if (bytes.length === 0) throw badInput('file', { en: 'the file is empty', zh: '文件为空' });
  const mediaType = await detectMediaType(bytes, purpose);
  const fileName = displayFileName(
    upload.file.originalName,
    `${purpose.toLowerCase()}.${extensionOf(mediaType)}`,
  );
  assertNameMatchesContent(fileName, mediaType);
  const sha256 = sha256Hex(bytes);

  const storageKey = await storage.put(bytes);
  try {
    const { file, replaced } = await em.transactional(async (tx) => {
      // Locked, so that two uploads (or an upload and a submission) of one nomination take turns.
      const nomination = await ownNomination(tx, actor, nominationId, { lock: true });
      await assertFilesChangeable(tx, nomination);
      await assertNotUploaded(tx, nomination, sha256);
      const replaced = REPLACEABLE.has(purpose) ? await tx.find(NominationFile, { nomination, purpose }) : [];
      tx.remove(replaced);
      await tx.flush();
      const file = tx.create(NominationFile, {
        nomination,
        purpose,
        evidenceKind,
        fileName,
        mediaType,
        sizeBytes: bytes.length,
        sha256,
        storageKey,
        uploadedBy: actor.userId,
      });
      await tx.flush();
      await recordSectionChanges(tx, nomination.id, [FormSection.FILES]);
      await recordAudits(tx, [
        ...replaced.map(
          (old): AuditRecord => ({
            actorId: actor.userId,
            action: 'NOMINATION_FILE_REPLACED',
            entityType: 'NominationFile',
            entityId: old.id,
            before: describeFile(old),
            after: { replacedBy: file.id },
          }),
        ),
        {
          actorId: actor.userId,
          action: 'NOMINATION_FILE_UPLOADED',
          entityType: 'NominationFile',
          entityId: file.id,
          after: describeFile(file),
        },
      ]);
      return { file, replaced };
    });
    await removeStoredBytes(
      storage,
      replaced.map((old) => old.storageKey),
    );
    return file;
  } catch (error) {
    await storage.remove(storageKey);
    // Two uploads of the same content at once: the unique (nomination, sha256) constraint decides.
    if (error instanceof UniqueConstraintViolationException)
      throw new DomainError(
        'CONFLICT',
        {
          en: 'file: the same content was uploaded to this nomination meanwhile',
          zh: '文件：相同内容的文件刚刚已上传到此提名',
        },
        { field: 'file' },
      );
    throw error;
  }
}

/**
 * Whether the viewer may change the files of a nomination now (see uploadNominationFile), for refusing
 * an upload before its body is read; the upload checks again under a lock.
 */
export async function assertMayChangeFiles(
  em: EntityManager,
  viewer: Viewer | null,
  nominationId: string,
): Promise<void> {
  const actor = signedIn(viewer, 'change files');
  await assertFilesChangeable(em, await ownNomination(em, actor, nominationId));
}

/**
 * Deletes a file of the viewer's own nomination while it is editable and the window is open; audited;
 * the bytes are removed once the deletion has committed.
 */
export async function deleteNominationFile(
  em: EntityManager,
  storage: FileStorage,
  viewer: Viewer | null,
  fileId: string,
): Promise<void> {
  const actor = signedIn(viewer, 'delete files');
  assertId('id', fileId);
  const storageKey = await em.transactional(async (tx) => {
    const file = await tx.findOne(NominationFile, { id: fileId });
    // Another organization's file is NOT_FOUND, as one that does not exist, naming only the file.
    const isOwn =
      file && policy.ownsNomination(actor, await tx.findOneOrFail(Nomination, file.nomination.id));
    if (!file || !isOwn) throw notFound('NominationFile', fileId);
    const nomination = await ownNomination(tx, actor, file.nomination.id, { lock: true });
    await assertFilesChangeable(tx, nomination);
    tx.remove(file);
    await tx.flush();
    await recordSectionChanges(tx, nomination.id, [FormSection.FILES]);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'NOMINATION_FILE_DELETED',
      entityType: 'NominationFile',
      entityId: file.id,
      before: describeFile(file),
    });
    return file.storageKey;
  });
  await removeStoredBytes(storage, [storageKey]);
}

/**
 * A file's metadata and its bytes, for a viewer who may see its nomination (staff, the owning
 * nominator, an assigned expert without a conflict, committee members from re-review on); NOT_FOUND
 * otherwise, and when the bytes are not in storage (the demo data has metadata only).
 */
export async function openNominationFile(
  em: EntityManager,
  storage: FileStorage,
  viewer: Viewer | null,
  fileId: string,
): Promise<{ file: NominationFile; content: StoredBytes }> {
  const scope = await visibleNominations(em, viewer);
  assertId('fileId', fileId);
  const file = await em.findOne(NominationFile, { $and: [{ id: fileId }, { nomination: scope }] });
  if (!file) throw notFound('NominationFile', fileId);
  const content = await storage.open(file.storageKey);
  if (!content)
    throw new DomainError(
      'NOT_FOUND',
      {
        en: `The content of file ${JSON.stringify(fileId)} is not stored.`,
        zh: `文件“${fileId}”的内容未保存。`,
      },
      { id: fileId },
    );
  return { file, content };
}

function signedIn(viewer: Viewer | null, what: string): Viewer {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', { en: `Sign in to ${what}.`, zh: '请先登录。' });
  return viewer;
}

/** The viewer's own nomination; another organization's is NOT_FOUND, as one that does not exist. */
/** Files change with the form (award-rules.md, filing flow). */
function assertFilesChangeable(em: EntityManager, nomination: Nomination): Promise<void> {
  return assertNominatorMayChange(em, nomination, { en: 'changing its files', zh: '上传或删除文件' });
}

async function assertNotUploaded(em: EntityManager, nomination: Nomination, sha256: string): Promise<void> {
  const duplicate = await em.findOne(NominationFile, { nomination, sha256 });
  if (duplicate)
    throw new DomainError(
      'CONFLICT',
      {
        en: `file: the same content is already uploaded to this nomination as ${JSON.stringify(duplicate.fileName)}`,
        zh: `文件：相同内容的文件已以“${duplicate.fileName}”为名上传到此提名`,
      },
      { field: 'file', fileId: duplicate.id },
    );
}

/** `purpose`, and `evidenceKind` exactly when the purpose is EVIDENCE (each evidence file has its kind). */
function parsePurpose(upload: FileUpload): { purpose: FilePurpose; evidenceKind: EvidenceKind | null } {
  const { purpose, evidenceKind } = upload;
  if (!isOneOf(FilePurpose, purpose))
    throw badInput('purpose', {
      en: `must be one of ${Object.values(FilePurpose).join(', ')}`,
      zh: `应为 ${Object.values(FilePurpose).join('、')} 之一`,
    });
  const hasKind = evidenceKind !== undefined && evidenceKind !== '';
  if (purpose !== FilePurpose.EVIDENCE) {
    if (hasKind)
      throw badInput('evidenceKind', {
        en: `only EVIDENCE has a kind, not ${purpose}`,
        zh: `只有证实性材料（EVIDENCE）需要注明类别，${term('filePurpose', purpose)}不需要`,
      });
    return { purpose, evidenceKind: null };
  }
  if (!isOneOf(EvidenceKind, evidenceKind))
    throw badInput('evidenceKind', {
      en: `evidence needs its kind, one of ${Object.values(EvidenceKind).join(', ')}`,
      zh: `证实性材料须注明类别，应为 ${Object.values(EvidenceKind).join('、')} 之一`,
    });
  return { purpose, evidenceKind };
}

function isOneOf<E extends Record<string, string>>(enumeration: E, value: unknown): value is E[keyof E] {
  return typeof value === 'string' && (Object.values(enumeration) as string[]).includes(value);
}

function describeFile(file: NominationFile) {
  return {
    nominationId: file.nomination.id,
    purpose: file.purpose,
    evidenceKind: file.evidenceKind ?? null,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
  };
}

/**
 * Bytes whose metadata is gone are removed after the commit, never before (a rolled-back deletion must
 * keep them); a removal that fails leaves an unreachable file behind, not an error for the user.
 */
async function removeStoredBytes(storage: FileStorage, keys: string[]): Promise<void> {
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
}
