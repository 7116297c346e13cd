import type { Page } from 'playwright-core';

/** A Chinese character: only data strings that have one can be mistaken for an untranslated label. */
const cjk = /[\u3400-\u9fff]/;

/**
 * Fields the API sends in both languages, a Chinese one beside an English one: they are labels to pick by
 * language, not data, so a page showing them in English mode is showing the wrong one.
 */
const chineseTwinField = /Zh$/;

function collectStrings(value: unknown, into: Set<string>, field = ''): void {
  if (typeof value === 'string') {
    if (cjk.test(value) && !chineseTwinField.test(field)) into.add(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into, field);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectStrings(item, into, key);
  }
}

/**
 * The Chinese strings the API has sent the page as data (names, titles, what people typed), over HTTP and the
 * live socket. The returned function gives them longest first, so a name inside a longer title is not cut out
 * of it before the title.
 */
export function watchDataTexts(page: Page): () => string[] {
  const texts = new Set<string>();
  const take = (body: string) => {
    try {
      collectStrings(JSON.parse(body), texts);
    } catch {
      // Not JSON (a PDF, a ping): nothing shown from it is data the sweep needs to know.
    }
  };
  page.on('response', async (response) => {
    if (!response.url().includes('/graphql')) return;
    take(await response.text().catch(() => ''));
  });
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => take(String(payload))));
  return () => [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}
