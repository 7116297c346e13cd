import { Role } from '../auth/role.js';
import type { User } from '../auth/user.entity.js';
import type { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { explainCreditCodeError } from '../organizations/credit-code.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { ColumnKey } from './expert-import.columns.js';
import { type ExpertProfile, isIsoDate, type Problem } from './expert-profile.rules.js';
import type { SheetCell } from './expert-sheet.js';

/** One refusal of the import report: the spreadsheet's row number (the header is row 1) and column. */
export interface ImportRefusal {
  row: number;
  field: string;
  message: string;
}

/** What one row says, every reference resolved; a blank optional cell is null ("leave as it is"). */
export interface ImportedRow {
  row: number;
  name: string;
  title: string;
  employerId: string;
  accountId: string | null;
  fields: ExpertProfile['fields'];
  maxLoad: number | null;
  employments: ExpertProfile['employments'] | null;
}

/** What the rows refer to, loaded once for the whole file. */
export interface ImportLookups {
  fieldByCode: Map<string, ExpertiseField>;
  organizationByCode: Map<string, Organization>;
  accountByEmail: Map<string, User>;
}

const LIST_SEPARATOR = /[;；、,，\n]+/;

export function textOf(cell: SheetCell | undefined): string {
  if (cell == null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** The credit codes a row names (its employer and past employers), to look them up in one query. */
export function creditCodesOf(cells: (key: ColumnKey) => SheetCell | undefined): string[] {
  const codes = [textOf(cells('employerCreditCode')).toUpperCase()];
  for (const entry of textOf(cells('pastEmployers')).split(LIST_SEPARATOR))
    codes.push(entry.split(/[:：]/)[0].trim().toUpperCase());
  return codes.filter((code) => code !== '');
}

/** Reads one row into an expert's data, or the refusals that keep it out. */
export function readImportRow(
  row: number,
  cells: (key: ColumnKey) => SheetCell | undefined,
  lookups: ImportLookups,
): { data: ImportedRow | null; refusals: ImportRefusal[] } {
  const refusals: ImportRefusal[] = [];
  const refuse = (field: ColumnKey, message: string) => refusals.push({ row, field, message });

  const employer = organizationOf(cells('employerCreditCode'), lookups, (message) =>
    refuse('employerCreditCode', message),
  );
  const email = textOf(cells('email')).toLowerCase();
  const account = email ? (lookups.accountByEmail.get(email) ?? null) : null;
  if (account && !account.roles.includes(Role.EXPERT))
    refuse('email', `${email} is the account of a ${account.roles.join('/')}, not of an expert`);

  const fieldOf = (code: string, column: ColumnKey) => {
    const field = lookups.fieldByCode.get(code.toUpperCase()) ?? lookups.fieldByCode.get(code);
    if (!field) refuse(column, `"${code}" is not a field code of this cycle`);
    return field;
  };
  const primaryCode = textOf(cells('primaryField'));
  if (primaryCode === '') refuse('primaryField', 'is required');
  const primary = primaryCode ? fieldOf(primaryCode, 'primaryField') : undefined;
  const secondary = textOf(cells('secondaryFields'))
    .split(LIST_SEPARATOR)
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => fieldOf(code, 'secondaryFields'));

  const maxLoad = maxLoadOf(cells('maxLoad'), (message) => refuse('maxLoad', message));
  const employments = employmentsOf(textOf(cells('pastEmployers')), lookups, (message) =>
    refuse('pastEmployers', message),
  );
  if (refusals.length > 0 || !employer || !primary) return { data: null, refusals };
  return {
    data: {
      row,
      name: textOf(cells('name')),
      title: textOf(cells('title')),
      employerId: employer.id,
      accountId: account?.id ?? null,
      fields: [
        { fieldId: primary.id, isPrimary: true },
        ...secondary.flatMap((field) => (field ? [{ fieldId: field.id, isPrimary: false }] : [])),
      ],
      maxLoad,
      employments,
    },
    refusals,
  };
}

function organizationOf(
  cell: SheetCell | undefined,
  lookups: ImportLookups,
  refuse: (message: string) => void,
) {
  // An 18-digit code typed as a number has lost its last digits to floating point already.
  if (typeof cell === 'number') {
    refuse('store the credit code as text: as a number it loses digits');
    return undefined;
  }
  const code = textOf(cell).toUpperCase();
  if (code === '') return refuse('is required');
  const organization = lookups.organizationByCode.get(code);
  if (!organization) {
    const formatError = explainCreditCodeError(code);
    refuse(
      formatError ? `${code}: ${formatError}` : `no organization in the system has the credit code ${code}`,
    );
  }
  return organization;
}

function maxLoadOf(cell: SheetCell | undefined, refuse: (message: string) => void): number | null {
  const text = textOf(cell);
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isInteger(value)) {
    refuse(`a whole number from 1 to 200 (is "${text}")`);
    return null;
  }
  return value;
}

/** `code:end date` pairs; a date as YYYY-MM-DD, YYYY/M/D or YYYY.M.D. */
function employmentsOf(
  text: string,
  lookups: ImportLookups,
  refuse: (message: string) => void,
): ExpertProfile['employments'] | null {
  if (text === '') return null;
  const employments: ExpertProfile['employments'] = [];
  for (const entry of text.split(LIST_SEPARATOR).map((part) => part.trim())) {
    if (entry === '') continue;
    const [code, date, ...rest] = entry.split(/[:：]/).map((part) => part.trim());
    if (!date || rest.length > 0) {
      refuse(`"${entry}" is not "credit code:end date"`);
      continue;
    }
    const organization = lookups.organizationByCode.get(code.toUpperCase());
    if (!organization) refuse(`no organization in the system has the credit code ${code}`);
    const endedOn = isoDateOf(date);
    if (!endedOn) refuse(`"${date}" is not a date (YYYY-MM-DD)`);
    if (organization && endedOn)
      employments.push({ organizationId: organization.id, startedOn: null, endedOn });
  }
  return employments;
}

function isoDateOf(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Where a rule's problem with a profile shows in the spreadsheet. */
export function columnOfProblem(problem: Problem): ColumnKey {
  if (problem.field === 'fields') return 'primaryField';
  if (problem.field.startsWith('fields')) return 'secondaryFields';
  if (problem.field.startsWith('employments')) return 'pastEmployers';
  if (problem.field === 'maxLoad' || problem.field === 'name' || problem.field === 'title')
    return problem.field;
  return 'name';
}
