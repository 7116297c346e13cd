import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, explainCreditCodeError, isValidCreditCode } from './credit-code.js';

/** Codes published on the business licences of well-known companies. */
const PUBLISHED_CODES = {
  华为技术有限公司: '914403001922038216',
  深圳市腾讯计算机系统有限公司: '9144030071526726XG',
  小米科技有限责任公司: '91110108551385082Q',
  '百度在线网络技术（北京）有限公司': '91110000802100433B',
  中国银行股份有限公司: '911000001000013428',
  中国工商银行股份有限公司: '91100000100003962T',
  中国石油化工股份有限公司: '91110000710925462X',
};

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(Object.entries(PUBLISHED_CODES))('accepts the published code of %s', (_name, code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(explainCreditCodeError(code)).toBeNull();
  });

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(creditCodeCheckCharacter('91110000710925462')).toBe('X');
  });

  it('maps a weighted sum that is a multiple of 31 to the check character "0"', () => {
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('refuses a wrong check character and names the right one', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(explainCreditCodeError('914403001922038217')).toBe('check character should be "6", not "7"');
  });

  it('refuses a code that is not 18 characters long', () => {
    expect(explainCreditCodeError('91440300192203821')).toBe('must be 18 characters, got 17');
    expect(explainCreditCodeError('9144030019220382166')).toBe('must be 18 characters, got 19');
    expect(explainCreditCodeError('')).toBe('must be 18 characters, got 0');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the easily misread letter %s', (letter) => {
    const code = `9144030071526726${letter}G`;
    expect(isValidCreditCode(code)).toBe(false);
    expect(explainCreditCodeError(code)).toBe(`character 17 "${letter}" is not allowed`);
  });

  it('refuses lower-case letters with a hint', () => {
    expect(explainCreditCodeError('9144030071526726xg')).toBe(
      'character 17 "x" is not allowed (letters must be capitals)',
    );
  });

  it('refuses an unknown registration authority', () => {
    const first17 = 'B1440300192203821';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(explainCreditCodeError(code)).toBe('character 1 "B" is not a registration authority code');
  });

  it('refuses a category the registration authority does not issue', () => {
    // 工商 (9) issues only 企业 (1), 个体工商户 (2) and 农民专业合作社 (3).
    const first17 = '95440300192203821';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(explainCreditCodeError(code)).toBe(
      'character 2 "5" is not an organization category of authority "9"',
    );
  });

  it('accepts the categories of public institutions and social organizations', () => {
    for (const prefix of ['12310000', '51310000', '11310000']) {
      const first17 = `${prefix}42500000X`;
      expect(isValidCreditCode(first17 + creditCodeCheckCharacter(first17))).toBe(true);
    }
  });

  it('refuses letters in the administrative division code', () => {
    const first17 = '91A40300192203821';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(explainCreditCodeError(code)).toBe(
      'characters 3-8 must be the digits of an administrative division code',
    );
  });
});
