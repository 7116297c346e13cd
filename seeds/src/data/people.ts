import type { Prng } from '@award/api/domain';

/**
 * Fictional people: names drawn from common surnames and given names, 居民身份证 numbers that pass
 * the GB 11643 check (ISO 7064 MOD 11-2) but belong to nobody, and telephone numbers.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

const SURNAMES = [
  ...'王李张刘陈杨黄赵周吴徐孙朱胡郭林何高梁郑罗宋谢唐韩曹许邓冯曾程蔡彭潘袁董余苏叶吕魏蒋田杜丁沈姜范傅钟卢汪戴崔任陆廖姚方金邱夏谭贾邹石熊孟秦薛侯白段郝孔邵史毛常顾武康贺严尹钱施洪龚',
];

const MALE_GIVEN_NAMES = words(`
  建华 志强 海峰 文斌 晓东 俊杰 国庆 永明 立新 宏伟 浩然 振国 明远 宇航 博文 思远
  鹏飞 世杰 嘉伟 建明 卫东 光辉 一鸣 泽宇 承志 旭东 炳坤 启航 耀文 春生 铭轩 新民
  庆丰 伟杰 学军 家栋 其昌 敬之 安平 德明 正阳 向前 怀远 锦程 致远 清源 守仁 云峰
  长青 景川
`);

const FEMALE_GIVEN_NAMES = words(`
  丽华 晓燕 雅琴 婉婷 思琪 佳怡 欣然 雨桐 慧敏 文静 美玲 晓梅 丽娟 春燕 玉兰 梦瑶
  诗涵 静怡 海燕 红霞 艳萍 晓雯 佩琳 明珠 秋萍 素琴 蕴仪 若兰 颖慧 书瑶
`);

/** Administrative divisions (GB/T 2260) for the first six digits: Shanghai districts and a few elsewhere. */
const SHANGHAI_DIVISIONS = words(`
  310101 310104 310105 310106 310107 310109 310110
  310112 310113 310114 310115 310116 310117 310118
  310120 310151
`);
const OTHER_DIVISIONS = words(`
  320106 320211 320583 330106 330203 340104 350203
  360102 370102 410105 420111 430104 510107 610113
  220104 130102
`);

export type Gender = 'MALE' | 'FEMALE';

export function personName(prng: Prng, gender: Gender): string {
  const given = gender === 'MALE' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES;
  return prng.pick(SURNAMES) + prng.pick(given);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** The 18th character of a 居民身份证 number (GB 11643-1999, ISO 7064 MOD 11-2). */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < ID_WEIGHTS.length; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARACTERS[sum % 11];
}

export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll('-', '') !== birth)
    return false;
  return residentIdCheckCharacter(id.slice(0, 17)) === id[17];
}

/** A fake 居民身份证 number: division, birth date, sequence (odd for men, even for women), check. */
export function residentIdNumber(prng: Prng, birthYear: number, gender: Gender, shanghaiShare = 0.7): string {
  const division = prng.chance(shanghaiShare) ? prng.pick(SHANGHAI_DIVISIONS) : prng.pick(OTHER_DIVISIONS);
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  const sequence = prng.int(0, 49) * 2 + (gender === 'MALE' ? 1 : 0) + prng.int(0, 9) * 100;
  const first17 =
    division +
    String(birthYear) +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(sequence).padStart(3, '0');
  return first17 + residentIdCheckCharacter(first17);
}

export function mobilePhone(prng: Prng): string {
  return `${prng.pick(['139', '138', '137', '136', '135', '186', '189', '158'])}${String(prng.int(0, 99999999)).padStart(8, '0')}`;
}

/** A Shanghai office number, 021 and eight digits. */
export function officePhone(prng: Prng): string {
  return `021-${prng.pick(['5', '6', '3'])}${String(prng.int(0, 9999999)).padStart(7, '0')}`;
}
