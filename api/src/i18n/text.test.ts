import { describe, expect, it } from 'vitest';
import { languageOf, shanghaiTime } from './text.js';

describe('the language of a request', () => {
  it('is Chinese when the most preferred language is zh', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(languageOf('en;q=0.5, zh-Hans')).toBe('zh');
  });

  it('is English otherwise, or when nothing is asked', () => {
    expect(languageOf('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(languageOf('fr')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('')).toBe('en');
  });
});

describe('a time as Shanghai shows it', () => {
  it('is UTC+8, to the minute unless there are seconds', () => {
    expect(shanghaiTime(new Date('2024-05-31T08:00:00Z'))).toBe('2024-05-31 16:00');
    expect(shanghaiTime(new Date('2024-05-31T15:59:59Z'))).toBe('2024-05-31 23:59:59');
  });
});
