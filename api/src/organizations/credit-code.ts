import type { Bilingual } from '../i18n/text.js';

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters,
 *   1     registration authority (登记管理部门代码),
 *   2     category of organization under that authority (机构类别代码),
 *   3–8   administrative division of the registering office (登记管理机关行政区划码, GB/T 2260),
 *   9–17  the subject identifier (主体标识码, the GB 11714 organization code),
 *   18    check character over the first 17, modulo 31.
 */

/** Code characters in value order; I, O, Z, S and V are left out so they cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const LENGTH = 18;

/** GB 32100-2015 Appendix A: each registration authority and the category codes it may issue. */
const CATEGORIES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 编办直接管理的群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级、村级、乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

/** The check character (position 18) for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== LENGTH - 1) {
    throw new RangeError(`expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`character ${i + 1} "${first17[i]}" is not allowed`);
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a code breaks GB 32100-2015, in a short sentence naming the rule; null when it is valid. */
export function explainCreditCodeError(code: string): string | null {
  return creditCodeProblem(code)?.en ?? null;
}

/** The same, in both languages, for a refusal. */
export function creditCodeProblem(code: string): Bilingual | null {
  const characters = [...code];
  if (characters.length !== LENGTH) {
    return {
      en: `must be ${LENGTH} characters, got ${characters.length}`,
      zh: `应为 ${LENGTH} 位，当前 ${characters.length} 位`,
    };
  }
  const forbidden = characters.findIndex((c) => !ALPHABET.includes(c));
  if (forbidden >= 0) {
    const c = characters[forbidden];
    const isLowerCase = /[a-z]/.test(c);
    return {
      en: `character ${forbidden + 1} "${c}" is not allowed${isLowerCase ? ' (letters must be capitals)' : ''}`,
      zh: `第 ${forbidden + 1} 位“${c}”不是允许的字符${isLowerCase ? '（字母须大写）' : ''}`,
    };
  }
  const categories = CATEGORIES_BY_AUTHORITY[code[0]];
  if (categories === undefined) {
    return {
      en: `character 1 "${code[0]}" is not a registration authority code`,
      zh: `第 1 位“${code[0]}”不是登记管理部门代码`,
    };
  }
  if (!categories.includes(code[1])) {
    return {
      en: `character 2 "${code[1]}" is not an organization category of authority "${code[0]}"`,
      zh: `第 2 位“${code[1]}”不是登记管理部门“${code[0]}”下的机构类别代码`,
    };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return {
      en: 'characters 3-8 must be the digits of an administrative division code',
      zh: '第 3 至 8 位应为行政区划代码的数字',
    };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, LENGTH - 1));
  if (code[LENGTH - 1] !== expected) {
    return {
      en: `check character should be "${expected}", not "${code[LENGTH - 1]}"`,
      zh: `校验码应为“${expected}”，不是“${code[LENGTH - 1]}”`,
    };
  }
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return explainCreditCodeError(code) === null;
}
