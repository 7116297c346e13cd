import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Refuses a password that is short or easy to guess (common words, keyboard runs, the account's own
 * email or name), naming the field and the rule.
 */
export function assertStrongPassword(field: string, password: string, personalWords: string[]): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw badInput(field, {
      en: `must have at least ${MIN_PASSWORD_LENGTH} characters`,
      zh: `至少 ${MIN_PASSWORD_LENGTH} 个字符`,
    });
  }
  const result = zxcvbn.check(password, personalWords);
  if (result.score < MIN_SCORE) {
    throw badInput(field, {
      en: 'is too easy to guess; use a longer phrase of unrelated words',
      zh: '过于简单，容易被猜中；请使用由几个不相关词语组成的较长口令',
    });
  }
}
