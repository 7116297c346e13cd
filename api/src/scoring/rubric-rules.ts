import { badInput } from '../errors.js';
import type { CriterionInput } from './rubric.types.js';
import { ScoreLevel } from './score-level.js';

/** award-rules.md, Rubrics: 100 points each, so that the grade thresholds (85, 75, 65) mean the same. */
export const RUBRIC_TOTAL = 100;
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const LEVEL_ORDER = [ScoreLevel.A, ScoreLevel.B, ScoreLevel.C, ScoreLevel.D];

const required = (field: string, text: string, max: number) => {
  if (text.trim() === '') throw badInput(field, { en: 'is required', zh: '必须填写' });
  if ([...text].length > max)
    throw badInput(field, { en: `at most ${max} characters`, zh: `最多 ${max} 个字符` });
};

/**
 * A rubric the experts can score: codes unique, names and descriptions in both languages, whole points
 * adding up to 100, and for each criterion the four levels A–D whose bands cover 0–100 % without gaps
 * or overlaps, best first.
 */
export function assertRubric(criteria: CriterionInput[]): void {
  if (criteria.length === 0 || criteria.length > 20)
    throw badInput('criteria', { en: 'between 1 and 20 criteria', zh: '应有 1 至 20 个指标' });
  const codes = criteria.map((criterion) => criterion.code);
  if (new Set(codes).size !== codes.length)
    throw badInput('criteria', { en: 'a code is used twice', zh: '指标代码重复' });
  criteria.forEach((criterion, i) => {
    const at = (field: string) => `criteria[${i}].${field}`;
    if (!CODE.test(criterion.code))
      throw badInput(at('code'), {
        en: 'capital letters, digits and _, like INV_ORIGINALITY',
        zh: '只能使用大写字母、数字和下划线，如 INV_ORIGINALITY',
      });
    required(at('nameZh'), criterion.nameZh, 100);
    required(at('nameEn'), criterion.nameEn, 200);
    required(at('descriptionZh'), criterion.descriptionZh, 2000);
    required(at('descriptionEn'), criterion.descriptionEn, 4000);
    if (
      !Number.isInteger(criterion.maxPoints) ||
      criterion.maxPoints < 1 ||
      criterion.maxPoints > RUBRIC_TOTAL
    ) {
      throw badInput(at('maxPoints'), {
        en: `a whole number from 1 to ${RUBRIC_TOTAL}`,
        zh: `应为 1 至 ${RUBRIC_TOTAL} 的整数`,
      });
    }
    const levels = [...criterion.levels].sort(
      (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
    );
    if (levels.map((level) => level.level).join() !== LEVEL_ORDER.join()) {
      throw badInput(at('levels'), {
        en: 'exactly the levels A, B, C and D',
        zh: '应恰好包含 A、B、C、D 四个等级',
      });
    }
    levels.forEach((level, j) => {
      const levelAt = (field: string) => at(`levels[${j}].${field}`);
      required(levelAt('descriptorZh'), level.descriptorZh, 1000);
      required(levelAt('descriptorEn'), level.descriptorEn, 2000);
      const expectedMax = j === 0 ? 100 : levels[j - 1].minPercent - 1;
      const isLast = j === levels.length - 1;
      if (
        level.maxPercent !== expectedMax ||
        level.minPercent > level.maxPercent ||
        (isLast && level.minPercent !== 0)
      ) {
        throw badInput(levelAt('minPercent'), {
          en: 'the bands must run from 100 % down to 0 % without gaps or overlaps',
          zh: '各等级的比例区间应从 100% 依次降至 0%，不得有空缺或重叠',
        });
      }
    });
  });
  const total = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  if (total !== RUBRIC_TOTAL)
    throw badInput('criteria', {
      en: `the points must add up to ${RUBRIC_TOTAL} (they add up to ${total})`,
      zh: `各指标满分之和应为 ${RUBRIC_TOTAL} 分（当前为 ${total} 分）`,
    });
}
