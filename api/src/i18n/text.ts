/** The languages a refusal is written in: the UI's two (zh-CN first, English second). */
export type Language = 'zh' | 'en';

/** A text a user reads, in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A plain string is the same in both languages (a code, a number, a name). */
export type Text = string | Bilingual;

export function bilingual(text: Text): Bilingual {
  return typeof text === 'string' ? { en: text, zh: text } : text;
}

/**
 * The language a client asks for in Accept-Language (or a `language` connection parameter): Chinese
 * when its most preferred language is zh (zh, zh-CN, zh-Hans…), English otherwise.
 */
export function languageOf(accepted: unknown): Language {
  if (typeof accepted !== 'string') return 'en';
  const ranked = accepted
    .split(',')
    .map((entry, position) => {
      const [tag, ...parameters] = entry.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), position };
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.position - b.position);
  return ranked[0]?.tag.startsWith('zh') ? 'zh' : 'en';
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An instant as the cycle's time zone shows it (Asia/Shanghai, UTC+8 all year): `2024-05-31 16:00`,
 * with the seconds only when there are some.
 */
export function shanghaiTime(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().replace('T', ' ');
  return local.slice(11, 19).endsWith(':00') ? local.slice(0, 16) : local.slice(0, 19);
}
