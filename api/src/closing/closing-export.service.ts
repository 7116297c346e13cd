import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { STAFF } from '../auth/role.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import { nextDocumentNumber } from '../documents/document.service.js';
import { contentSha256 } from '../documents/printed-document.js';
import { DomainError } from '../errors.js';
import type { Language } from '../i18n/text.js';
import type { EventBus } from '../live/event-bus.js';
import { refreshResults } from '../results/results.service.js';
import { buildClosingReport, REPORT_TITLES, type ReportKind } from './closing-report.js';
import { printedReport, reportPdf, reportXlsx } from './closing-report-files.js';

export type ReportFormat = 'xlsx' | 'pdf';

export interface ExportedReport {
  bytes: Buffer;
  contentType: string;
  /** In the reader's language: 2024年上海市质量协会质量技术奖初评排名表.xlsx. */
  fileName: string;
  /** The document's number, for clients that cannot read a UTF-8 file name. */
  asciiFileName: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * Rankings, results and the final list for staff, as Excel or PDF, in Chinese. Scores and rankings are
 * the staff's to see (award-rules.md, Blind review), so every export is audited like a look at them.
 */
export async function exportClosingReport(
  em: EntityManager,
  bus: EventBus,
  viewer: Viewer | null,
  cycleId: string,
  kind: ReportKind,
  format: ReportFormat,
  language: Language,
): Promise<ExportedReport> {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to export results.');
  if (!hasRole(viewer, ...STAFF))
    throw new DomainError('FORBIDDEN', 'Exports of results are for the chair and the secretariat.');
  // The rankings as the sheets stand, before the read-only snapshot they are printed from.
  await refreshResults(em, bus, cycleId);
  // One snapshot: every table of the export reads the same moment.
  const report = await em.transactional((tx) => buildClosingReport(tx, cycleId, kind), {
    isolationLevel: IsolationLevel.REPEATABLE_READ,
    readOnly: true,
  });
  const { cycle } = report;
  const number = await nextDocumentNumber(em, cycle.year, kind.toUpperCase().replace('-', '_'));
  const hash = contentSha256(printedReport(report));
  const bytes =
    format === 'xlsx'
      ? await reportXlsx(report)
      : await reportPdf(report, {
          number,
          contentSha256: hash,
          generatedAt: new Date(),
          timeZone: cycle.timeZone,
        });
  await em.transactional((tx) =>
    recordAudit(tx, {
      actorId: viewer.userId,
      action: 'RESULTS_EXPORTED',
      entityType: 'AwardCycle',
      entityId: cycle.id,
      after: { report: kind, format, number, contentSha256: hash },
    }),
  );
  const name = language === 'zh' ? report.title : `${cycle.nameEn} - ${REPORT_TITLES[kind].en}`;
  return {
    bytes,
    contentType: CONTENT_TYPES[format],
    fileName: `${name}.${format}`,
    asciiFileName: `${number}.${format}`,
  };
}
