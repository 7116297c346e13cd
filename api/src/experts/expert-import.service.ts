import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditRecord, recordAudits } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { findById } from '../db/find-by-id.js';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';
import { type ColumnKey, mapHeader } from './expert-import.columns.js';
import {
  columnOfProblem,
  creditCodesOf,
  type ImportedRow,
  type ImportLookups,
  type ImportRefusal,
  readImportRow,
  textOf,
} from './expert-import.rows.js';
import { DEFAULT_MAX_LOAD, type ExpertProfile, profileProblems } from './expert-profile.rules.js';
import { profileOf, saveExpertProfile } from './expert-profile.service.js';
import { readSheetRows, type SheetCell } from './expert-sheet.js';

export interface ExpertImportReport {
  /** rows that create an expert (or would, on a dry run; refused rows are not counted) */
  created: number;
  /** rows that update an expert of the cycle with the same name and employer (or would) */
  updated: number;
  refused: ImportRefusal[];
  isDryRun: boolean;
  /** whether anything was written: not on a dry run, and not when any row is refused (all or nothing) */
  isCommitted: boolean;
}

interface PlannedRow {
  data: ImportedRow;
  existing: Expert | null;
  profile: ExpertProfile;
}

/**
 * Imports a cycle's experts from a spreadsheet (issue 5, Expert pool). Each row is matched to an expert
 * of the cycle by name and current employer (the upsert key: the pool lists people by where they work,
 * and an e-mail is optional); a match is updated, otherwise an expert is created. On update, fields of
 * expertise are replaced, and so are the title, the load cap and the past employers when their cells
 * are not blank; the availability, declared conflicts and identity document stay. An e-mail links the
 * expert account with that address, if one exists. All or nothing: one refused row, or a dry run, and
 * nothing is written; the report says per row and column what was refused and why.
 */
export async function importExperts(
  em: EntityManager,
  actor: Viewer,
  request: { cycleId: string; fileName: string; bytes: Buffer; isDryRun: boolean },
): Promise<ExpertImportReport> {
  const cycle = await findById(em, AwardCycle, request.cycleId, 'cycleId');
  const [header = [], ...body] = await readSheetRows(request.fileName, request.bytes);
  const { columns, problems } = mapHeader(header);
  const report = (planned: PlannedRow[], refused: ImportRefusal[], isCommitted: boolean) => ({
    created: planned.filter((row) => !row.existing).length,
    updated: planned.filter((row) => row.existing).length,
    refused,
    isDryRun: request.isDryRun,
    isCommitted,
  });
  if (problems.length > 0)
    return report(
      [],
      problems.map((problem) => ({ row: 1, ...problem })),
      false,
    );

  const rows = body
    .map((cells, index) => ({ row: index + 2, cell: (key: ColumnKey) => cellAt(cells, columns.get(key)) }))
    .filter(({ row }) => !body[row - 2].every((cell) => textOf(cell) === ''));
  if (rows.length === 0)
    return report([], [{ row: 2, field: 'name', message: 'the file has no expert rows' }], false);
  const lookups = await loadLookups(
    em,
    cycle.id,
    rows.map((row) => row.cell),
  );
  const refused: ImportRefusal[] = [];
  const read = rows.flatMap(({ row, cell }) => {
    const { data, refusals } = readImportRow(row, cell, lookups);
    refused.push(...refusals);
    return data ? [data] : [];
  });
  const planned = await planRows(em, cycle.id, read, refused);
  refused.sort((a, b) => a.row - b.row);
  if (refused.length > 0 || request.isDryRun) return report(planned, refused, false);

  await em.transactional(async (tx) => {
    const audits: AuditRecord[] = [];
    for (const { existing, profile, data } of planned) {
      const lists = {
        fields: true,
        employments: !existing || data.employments !== null,
        conflicts: !existing,
      };
      const { audit } = await saveExpertProfile(tx, actor, cycle, existing, profile, lists);
      audits.push(audit);
    }
    audits.push({
      actorId: actor.userId,
      action: 'EXPERTS_IMPORTED',
      entityType: 'AwardCycle',
      entityId: cycle.id,
      after: {
        fileName: request.fileName,
        sha256: createHash('sha256').update(request.bytes).digest('hex'),
        ...report(planned, [], true),
      },
    });
    await recordAudits(tx, audits);
  });
  return report(planned, [], true);
}

function cellAt(cells: SheetCell[], index: number | undefined): SheetCell | undefined {
  return index === undefined ? undefined : cells[index];
}

async function loadLookups(
  em: EntityManager,
  cycleId: string,
  rows: ((key: ColumnKey) => SheetCell | undefined)[],
): Promise<ImportLookups> {
  const codes = [...new Set(rows.flatMap(creditCodesOf))];
  const emails = [...new Set(rows.map((cell) => textOf(cell('email')).toLowerCase()).filter(Boolean))];
  const [fields, organizations, accounts] = await Promise.all([
    em.find(ExpertiseField, { cycle: cycleId }),
    em.find(Organization, { creditCode: { $in: codes } }),
    em.find(User, { email: { $in: emails } }),
  ]);
  return {
    fieldByCode: new Map(
      fields.flatMap((field) => [[field.code.toUpperCase(), field] as const, [field.nameZh, field] as const]),
    ),
    organizationByCode: new Map(organizations.map((organization) => [organization.creditCode, organization])),
    accountByEmail: new Map(accounts.map((account) => [account.email.toLowerCase(), account])),
  };
}

/**
 * Matches each read row to the cycle's experts and builds the profile it would save, refusing rows
 * that repeat another row's expert or account, match several experts, or break the profile rules.
 */
async function planRows(
  em: EntityManager,
  cycleId: string,
  rows: ImportedRow[],
  refused: ImportRefusal[],
): Promise<PlannedRow[]> {
  const candidates = await em.find(Expert, {
    cycle: cycleId,
    $or: [
      { employer: { $in: [...new Set(rows.map((row) => row.employerId))] } },
      { user: { $in: rows.flatMap((row) => (row.accountId ? [row.accountId] : [])) } },
    ],
  });
  const keyOf = (name: string, employerId: string | null | undefined) => `${name}\u0000${employerId ?? ''}`;
  const rowByKey = new Map<string, number>();
  const rowByAccount = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const data of rows) {
    const refusedBefore = refused.length;
    const refuse = (field: ColumnKey, message: string) => refused.push({ row: data.row, field, message });
    const key = keyOf(data.name, data.employerId);
    const earlier = rowByKey.get(key);
    if (earlier !== undefined) {
      refuse('name', `the same expert (name and employer) as row ${earlier}`);
      continue;
    }
    rowByKey.set(key, data.row);
    const matches = candidates.filter((expert) => keyOf(expert.name, expert.employer?.id) === key);
    if (matches.length > 1) {
      refuse(
        'name',
        `${matches.length} experts of the cycle have this name and employer: edit them one by one`,
      );
      continue;
    }
    const existing = matches[0] ?? null;
    if (data.accountId) {
      const owner = candidates.find((expert) => expert.user?.id === data.accountId);
      const otherRow = rowByAccount.get(data.accountId);
      if (otherRow !== undefined) refuse('email', `the same account as row ${otherRow}`);
      else if (owner && owner.id !== existing?.id)
        refuse('email', `the account is already expert ${owner.name}’s in this cycle`);
      rowByAccount.set(data.accountId, data.row);
    }
    const current = existing ? await profileOf(em, existing) : null;
    const profile: ExpertProfile = {
      name: data.name,
      title: data.title || (current?.title ?? ''),
      employerId: data.employerId,
      accountId: data.accountId ?? current?.accountId ?? null,
      idDocumentNumber: current?.idDocumentNumber ?? null,
      maxLoad: data.maxLoad ?? current?.maxLoad ?? DEFAULT_MAX_LOAD,
      isAvailable: current?.isAvailable ?? true,
      fields: data.fields,
      employments: data.employments ?? current?.employments ?? [],
      conflicts: current?.conflicts ?? [],
    };
    for (const problem of profileProblems(profile)) refuse(columnOfProblem(problem), problem.message);
    if (refused.length === refusedBefore) planned.push({ data, existing, profile });
  }
  return planned;
}
