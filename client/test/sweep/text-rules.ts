import type { Finding } from './findings';

/** A run of text the page shows (or names an element by: a placeholder, an aria-label), and where it is. */
export interface ShownText {
  text: string;
  /** Part of the UI's own wording (a heading, a column header, a button, a tab, a tag…), not data. */
  isChrome: boolean;
  /** What holds it, for the report: "table header", "button", "tag"… */
  where: string;
}

/**
 * Upper-case words that are words of both languages, not codes. Only real acronyms belong here; an enum value
 * shown to a person (TESTING, FIRST) never does: it needs its label.
 */
const acronyms = new Set(['PDF', 'XLSX', 'JSON', 'ID', 'KB', 'MB', 'AM', 'PM', 'IP']);

const patterns = {
  /** An enum value or action as the API names it: RESULTS_EXPORTED, PRELIMINARY_REVIEW. */
  snakeCode: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
  /**
   * A bare upper-case word (TESTING, BENEFITS, FIRST). Single letters are the award's levels (A/B/C/D); a word
   * that begins a number people use (INV-2024-011, ZL 2017 1 0098694.0, T/SHBZ 048-2020) is part of it.
   */
  upperCaseWord: /(?<!\/)\b[A-Z]{2,}\b(?![- ]?\d)/g,
  /** A class or entity name as the code spells it: AwardCycle, ScoreSheet. */
  entityName: /\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b/g,
  /** Raw JSON, e.g. {"expiresAt":…}. */
  json: /[{[]\s*"[A-Za-z_]\w*"\s*:/g,
  /** An instant as the API sends it (2024-07-31T09:00:00.000Z), not as a person reads it. */
  isoInstant: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[\d:.]*Z?/g,
  /** Three or more English words in a row. */
  englishRun: /[A-Za-z]+(?:[ \t,;:]+[A-Za-z]+){2,}/g,
  /** Chinese characters, or the full-width punctuation that comes with them. */
  cjk: /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/,
};

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

function quoted({ text, where }: ShownText): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  return `"${short}" in ${where}`;
}

/** Codes a person should never read, in either language. */
function rawCodes(shown: ShownText): Finding[] {
  const codes = [
    ...matchesOf(patterns.snakeCode, shown.text),
    // A word of a snake code has no word boundary at its underscore, so it is not matched again here.
    ...matchesOf(patterns.upperCaseWord, shown.text).filter((word) => !acronyms.has(word)),
    ...matchesOf(patterns.entityName, shown.text),
    ...matchesOf(patterns.json, shown.text),
    ...matchesOf(patterns.isoInstant, shown.text),
  ];
  return [...new Set(codes)].map((code) => ({ kind: 'raw code', detail: `${code} — ${quoted(shown)}` }));
}

/** What a Chinese page must not show: raw codes and English sentences. */
export function chinesePageFindings(texts: readonly ShownText[]): Finding[] {
  return texts.flatMap((shown) => [
    ...rawCodes(shown),
    ...matchesOf(patterns.englishRun, shown.text).map(
      (run): Finding => ({ kind: 'English in Chinese', detail: `"${run}" — ${quoted(shown)}` }),
    ),
  ]);
}

/** The chrome's own words: the text without the data it quotes (a name in "Remind 丁建新"), longest first. */
function ownWords(text: string, data: readonly string[]): string {
  return data.reduce((rest, value) => rest.split(value).join(' '), text);
}

/**
 * What an English page must not show: raw codes, and Chinese in the UI's own wording. Data (names of people,
 * organizations and projects, what was typed) is shown as entered: what the API sent as data (`data`, see
 * data-texts.ts) is left out of chrome before it is checked for Chinese.
 */
export function englishPageFindings(texts: readonly ShownText[], data: readonly string[]): Finding[] {
  return texts.flatMap((shown) => [
    ...rawCodes(shown),
    ...(shown.isChrome && patterns.cjk.test(ownWords(shown.text, data))
      ? [{ kind: 'untranslated label', detail: quoted(shown) } satisfies Finding]
      : []),
  ]);
}
