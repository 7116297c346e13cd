import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { visibleNominations } from '../auth/nomination-visibility.js';
import { policy } from '../auth/policy.js';
import { STAFF } from '../auth/role.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import { notFound } from '../errors.js';
import { nominationCompleteness } from '../nominations/completeness.js';
import { Completer } from '../nominations/completer.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { IncompleteNominationError } from './document-errors.js';
import { DocumentKind, GeneratedDocument } from './generated-document.entity.js';
import { printedNominationForm } from './nomination-form.js';
import { renderPdf } from './pdf-renderer.js';
import { printedPledge } from './pledge.js';
import { contentSha256, type PrintedDocument } from './printed-document.js';

export interface GeneratedPdf {
  bytes: Buffer;
  number: string;
  contentSha256: string;
  /** ASCII only, safe in a Content-Disposition header and on any file system. */
  fileName: string;
}

/**
 * The papers of a nomination are the nominator's to stamp and sign and the staff's to check; experts
 * and committee members, who may see some nominations, never print them.
 */
function mayPrintDocuments(viewer: Viewer, nomination: Nomination): boolean {
  return hasRole(viewer, ...STAFF) || policy.ownsNomination(viewer, nomination);
}

/**
 * Prints a nomination's form or pledge for the viewer under a new document number, and records the
 * printout and an audit event. A nomination the viewer may not print is NOT_FOUND, as one that does
 * not exist; the form of an incomplete nomination is refused with INCOMPLETE.
 */
export async function generateNominationDocument(
  em: EntityManager,
  viewer: Viewer | null,
  nominationId: string,
  kind: DocumentKind,
): Promise<GeneratedPdf> {
  // One snapshot, so that the version recorded is the version whose content is printed.
  const { nomination, printed } = await em.transactional(
    async (tx) => {
      const found = await findPrintableNomination(tx, viewer, nominationId);
      return { nomination: found, printed: await printedContent(tx, found, kind) };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
  const hash = contentSha256(printed);
  const number = await nextDocumentNumber(em, nomination.cycle.year, kind);
  const generatedAt = new Date();
  const bytes = await renderPdf(printed, {
    number,
    contentSha256: hash,
    generatedAt,
    timeZone: nomination.cycle.timeZone,
  });
  const actorId = (viewer as Viewer).userId;
  // Read committed, apart from the snapshot: the audit chain must see the latest committed row.
  await em.transactional(async (tx) => {
    const document = tx.create(GeneratedDocument, {
      number,
      kind,
      nomination: nomination.id,
      nominationVersion: nomination.version,
      contentSha256: hash,
      generatedAt,
      generatedBy: actorId,
    });
    await tx.flush();
    await recordAudit(tx, {
      actorId,
      action: 'DOCUMENT_GENERATED',
      entityType: 'GeneratedDocument',
      entityId: document.id,
      after: {
        number,
        kind,
        nominationId: nomination.id,
        nominationVersion: nomination.version,
        contentSha256: hash,
      },
    });
  });
  return { bytes, number, contentSha256: hash, fileName: safeFileName(`${nomination.code}_${number}.pdf`) };
}

async function findPrintableNomination(
  em: EntityManager,
  viewer: Viewer | null,
  id: string,
): Promise<Nomination> {
  const scope = await visibleNominations(em, viewer);
  assertId('id', id);
  const nomination = await em.findOne(
    Nomination,
    { $and: [{ id }, scope] },
    { populate: ['cycle', 'nominator', 'field'] },
  );
  if (!nomination || !mayPrintDocuments(viewer as Viewer, nomination)) throw notFound('Nomination', id);
  return nomination;
}

async function printedContent(
  em: EntityManager,
  nomination: Nomination,
  kind: DocumentKind,
): Promise<PrintedDocument> {
  if (kind === DocumentKind.PLEDGE) {
    const first = await em.findOne(
      Completer,
      { nomination: nomination.id },
      { orderBy: { position: 'asc' } },
    );
    if (!first) throw new IncompleteNominationError([{ section: 'COMPLETERS', missing: ['completers'] }]);
    return printedPledge(nomination.projectName, first.name);
  }
  const completeness = await nominationCompleteness(em, nomination);
  if (!completeness.isComplete) {
    throw new IncompleteNominationError(completeness.sections.filter((section) => !section.isComplete));
  }
  return printedNominationForm(em, nomination);
}

/** QTA-2024-FORM-000123: the cycle's year, the kind, and a running number from a database sequence. */
export async function nextDocumentNumber(em: EntityManager, year: number, kind: string): Promise<string> {
  const [row] = await em.execute<{ next: string }[]>(
    "select nextval('generated_document_number_seq')::text as next",
  );
  return `QTA-${year}-${kind}-${row.next.padStart(6, '0')}`;
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
