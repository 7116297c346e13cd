import {
  AwardCategory,
  AwardCycle,
  CategoryConfig,
  CreditLimit,
  Criterion,
  CycleWindow,
  ExpertiseField,
  Grade,
  LevelDescriptor,
  Rubric,
  ScoreLevel,
  WindowKind,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { CREDIT_LIMITS } from '../data/credit-limits.js';
import { FIELDS } from '../data/fields.js';
import { RUBRICS } from '../data/rubrics.js';
import { shanghai } from './shanghai-time.js';

/** The 2024 timeline: the two windows of the notice, then those the secretariat set (award-rules.md). */
const WINDOWS: [WindowKind, string, string][] = [
  [WindowKind.REGISTRATION, '2024-04-08 09:00', '2024-05-31 16:00'],
  [WindowKind.NOMINATION, '2024-04-22 09:00', '2024-05-31 16:00'],
  [WindowKind.FORMAL_REVIEW, '2024-06-03 09:00', '2024-06-21 17:00'],
  [WindowKind.PRELIMINARY_REVIEW, '2024-07-01 09:00', '2024-07-31 17:00'],
  [WindowKind.RE_REVIEW, '2024-09-02 09:00', '2024-09-13 17:00'],
  [WindowKind.PUBLICITY, '2024-09-16 09:00', '2024-10-01 09:00'],
  [WindowKind.APPROVAL, '2024-10-08 09:00', '2024-10-31 17:00'],
];

const CATEGORY_NAMES: Record<AwardCategory, [string, string]> = {
  [AwardCategory.INVENTION]: ['质量技术发明奖', 'Quality Technology Invention Award'],
  [AwardCategory.PROGRESS]: ['质量技术进步奖', 'Quality Technology Progress Award'],
};

/** Grade quotas per category: a default the secretariat may change. */
const QUOTAS: Record<AwardCategory, [number, number, number]> = {
  [AwardCategory.INVENTION]: [2, 4, 6],
  [AwardCategory.PROGRESS]: [3, 6, 9],
};

export interface SeededCycle {
  cycle: AwardCycle;
  fieldsByCode: Map<string, ExpertiseField>;
  criteriaByCategory: Map<AwardCategory, Criterion[]>;
  rubricsByCategory: Map<AwardCategory, Rubric>;
}

export function seedCycle(em: EntityManager, year = 2024): SeededCycle {
  const cycle = em.create(AwardCycle, {
    year,
    nameZh: `${year}年上海市质量协会质量技术奖`,
    nameEn: `${year} Shanghai Quality Association Quality Technology Award`,
    noticeNumber: `沪质协〔${year}〕20号`,
  });
  for (const [kind, opens, closes] of WINDOWS) {
    const shift = (text: string) => text.replace('2024', String(year));
    em.create(CycleWindow, {
      cycle,
      kind,
      opensAt: shanghai(shift(opens)),
      closesAt: shanghai(shift(closes)),
    });
  }
  for (const category of Object.values(AwardCategory)) {
    const [nameZh, nameEn] = CATEGORY_NAMES[category];
    const [quotaFirst, quotaSecond, quotaThird] = QUOTAS[category];
    const config = em.create(CategoryConfig, {
      cycle,
      category,
      nameZh,
      nameEn,
      expertsPerNomination: 5,
      quotaFirst,
      quotaSecond,
      quotaThird,
    });
    for (const [grade, limit] of Object.entries(CREDIT_LIMITS[category])) {
      em.create(CreditLimit, {
        categoryConfig: config,
        grade: grade as Grade,
        maxCompleters: limit.people,
        maxOrganizations: limit.organizations,
      });
    }
  }
  const fieldsByCode = new Map(
    FIELDS.map((field) => [field.code, em.create(ExpertiseField, { cycle, ...field })]),
  );
  const criteriaByCategory = new Map<AwardCategory, Criterion[]>();
  const rubricsByCategory = new Map<AwardCategory, Rubric>();
  for (const seed of RUBRICS) {
    const category = seed.category as AwardCategory;
    const rubric = em.create(Rubric, { cycle, category, version: 1 });
    rubricsByCategory.set(category, rubric);
    const criteria = seed.criteria.map((criterionSeed, index) => {
      const { levels, ...fields } = criterionSeed;
      const criterion = em.create(Criterion, { rubric, position: index + 1, ...fields });
      for (const level of levels) {
        em.create(LevelDescriptor, { criterion, ...level, level: level.level as ScoreLevel });
      }
      return criterion;
    });
    criteriaByCategory.set(category, criteria);
  }
  return { cycle, fieldsByCode, criteriaByCategory, rubricsByCategory };
}
