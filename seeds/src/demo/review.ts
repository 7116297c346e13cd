import { createPrng, type GradeThresholds, gradeForScore, type Prng } from '@award/api/domain';
import {
  Assignment,
  AssignmentStatus,
  type AwardCategory,
  type AwardCycle,
  type Criterion,
  CriterionScore,
  NominationStatus,
  type Rubric,
  ScoreLevel,
  ScoreSheet,
  ScoreSheetStatus,
  type User,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { LEVEL_BANDS } from '../data/rubric-levels.js';
import { wasReviewed } from './lifecycle-path.js';
import type { SeededNomination } from './nominations.js';
import type { SeededExpert } from './parties.js';
import { shanghai } from './shanghai-time.js';

const REVIEWERS_PER_NOMINATION = 5;

interface Context {
  cycle: AwardCycle;
  criteriaByCategory: Map<AwardCategory, Criterion[]>;
  rubricsByCategory: Map<AwardCategory, Rubric>;
  secretariat: User;
}

/**
 * Reviewers for every nomination that reached preliminary review, none in conflict and the load spread,
 * with score sheets: all submitted for nominations past the stage, a mix of submitted, draft and not
 * started for those still in it.
 */
export function seedReview(
  em: EntityManager,
  context: Context,
  nominations: SeededNomination[],
  experts: SeededExpert[],
): ScoreSheet[] {
  const sheets: ScoreSheet[] = [];
  const load = new Map<SeededExpert, number>(experts.map((expert) => [expert, 0]));
  for (const { nomination, seed, organizationKeys } of nominations) {
    if (!wasReviewed(nomination.status)) continue;
    const prng = createPrng(`review/${seed.key}`);
    const eligible = experts.filter(
      (candidate) =>
        (candidate.fieldCodes.primary === seed.fieldCode ||
          candidate.fieldCodes.secondary.includes(seed.fieldCode)) &&
        ![...candidate.organizationKeys].some((key) => organizationKeys.has(key)) &&
        (load.get(candidate) ?? 0) < candidate.expert.maxLoad,
    );
    // The least loaded first, primary field before secondary, ties broken by the seeded shuffle.
    const reviewers = prng
      .shuffle(eligible)
      .sort(
        (a, b) =>
          (load.get(a) ?? 0) - (load.get(b) ?? 0) ||
          Number(b.fieldCodes.primary === seed.fieldCode) - Number(a.fieldCodes.primary === seed.fieldCode),
      )
      .slice(0, REVIEWERS_PER_NOMINATION);
    const quality = prng.amount(0.55, 0.97, 3);
    const isStillInStage = nomination.status === NominationStatus.PRELIMINARY_REVIEW;
    reviewers.forEach((reviewer, index) => {
      load.set(reviewer, (load.get(reviewer) ?? 0) + 1);
      const progress = isStillInStage
        ? prng.pick(['SUBMITTED', 'SUBMITTED', 'DRAFT', 'NONE'] as const)
        : 'SUBMITTED';
      const assignment = em.create(Assignment, {
        nomination,
        expert: reviewer.expert,
        status: progress === 'NONE' ? AssignmentStatus.PENDING : AssignmentStatus.ACCEPTED,
        assignedBy: context.secretariat,
        assignedAt: shanghai('2024-07-01 09:30'),
      });
      if (progress === 'NONE') return;
      const category = nomination.category;
      const sheet = scoreSheet(em, prng, {
        assignment,
        rubric: context.rubricsByCategory.get(category) as Rubric,
        criteria: context.criteriaByCategory.get(category) as Criterion[],
        quality,
        thresholds: context.cycle,
        isSubmitted: progress === 'SUBMITTED',
        submittedAt: shanghai(`2024-07-${String(10 + index * 3).padStart(2, '0')} 16:00`),
      });
      sheets.push(sheet);
    });
  }
  return sheets;
}

export function scoreSheet(
  em: EntityManager,
  prng: Prng,
  options: {
    assignment: Assignment;
    rubric: Rubric;
    criteria: Criterion[];
    quality: number;
    thresholds: GradeThresholds;
    isSubmitted: boolean;
    submittedAt: Date;
  },
): ScoreSheet {
  const sheet = em.create(ScoreSheet, {
    assignment: options.assignment,
    rubric: options.rubric,
    status: options.isSubmitted ? ScoreSheetStatus.SUBMITTED : ScoreSheetStatus.DRAFT,
    overallOpinion: options.isSubmitted ? '项目创新性与应用成效总体符合奖励条件，材料翔实。' : '',
    submittedAt: options.isSubmitted ? options.submittedAt : null,
  });
  let total = 0;
  // A draft has the first criteria filled in only, as an expert part-way through would.
  const scored = options.isSubmitted ? options.criteria : options.criteria.slice(0, 3);
  for (const criterion of scored) {
    const share = Math.min(1, Math.max(0.4, options.quality + prng.amount(-0.12, 0.12, 3)));
    const band = LEVEL_BANDS.find(({ minPercent }) => share * 100 >= minPercent) ?? LEVEL_BANDS[3];
    const { minPercent, maxPercent } = band;
    const level = band.level as ScoreLevel;
    const percent = Math.min(maxPercent, Math.max(minPercent, Math.round(share * 100)));
    const points = Math.round(criterion.maxPoints * percent * 2) / 200;
    total += points;
    em.create(CriterionScore, {
      sheet,
      criterion,
      level,
      points,
      comment: `${criterion.nameZh}：评定为${level}档，依据提名书及证实性材料。`,
    });
  }
  if (options.isSubmitted) {
    sheet.total = Math.round(total * 100) / 100;
    sheet.recommendedGrade = gradeForScore(total, options.thresholds);
  }
  return sheet;
}
