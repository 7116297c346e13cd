import { fieldLabel, recordLabel } from './i18n/field-labels.js';
import { type Bilingual, bilingual, type Language, type Text } from './i18n/text.js';

/** The stable codes clients branch on (extensions.code). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'NO_QUORUM',
  'WINDOW_CLOSED',
  'INCOMPLETE',
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A rule the request broke, with a message a user can act on, in both of the UI's languages. Services
 * throw these; GraphQL maps them. `message` is the English text, for logs.
 */
export class DomainError extends Error {
  readonly text: Bilingual;

  constructor(
    readonly code: ErrorCode,
    message: Text,
    readonly details: Record<string, unknown> = {},
  ) {
    const text = bilingual(message);
    super(text.en);
    this.name = 'DomainError';
    this.text = text;
  }

  /** The message as the viewer reads it. */
  messageIn(language: Language): string {
    return this.text[language];
  }

  /** The details as the viewer reads them: each bilingual text in them (a problem's rule) in its language. */
  detailsIn(language: Language): Record<string, unknown> {
    return inLanguage(this.details, language) as Record<string, unknown>;
  }
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as Bilingual).en === 'string' &&
  typeof (value as Bilingual).zh === 'string';

function inLanguage(value: unknown, language: Language): unknown {
  if (isBilingual(value)) return value[language];
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, language));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, language)]));
  }
  return value;
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { en: `${what} ${JSON.stringify(id)} does not exist`, zh: `${recordLabel(what)}“${id}”不存在` },
    { id },
  );
}

/**
 * A field that breaks a rule: `projectName: is required`, 项目名称：必须填写. The Chinese label comes from
 * the dictionary, unless a field's name means something else where it is used (`name` of an organization).
 */
export function badInput(field: string, rule: Text, zhLabel = fieldLabel(field)): DomainError {
  const { en, zh } = bilingual(rule);
  return new DomainError('BAD_USER_INPUT', { en: `${field}: ${en}`, zh: `${zhLabel}：${zh}` }, { field });
}
