import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ReviewStage } from '../assignments/assignment.entity.js';
import { Grade } from '../cycles/cycle.enums.js';
import { decimalNumber } from '../db/column-types.js';
import { Nomination } from '../nominations/nomination.entity.js';
import type { CriterionMean, SheetFigure } from './compute-results.js';

// A function, not a constant: the ORM writes into the options object it is given.
const score = () => ({ type: decimalNumber(), precision: 5, scale: 2, nullable: true }) as const;

/**
 * A nomination's aggregate for a stage, recomputed from its submitted sheets (never typed in), and the
 * grade finally given.
 */
@ObjectType({ description: '评审结果' })
@Entity()
@Unique({ properties: ['nomination', 'stage'] })
// A results page walks this index in rank order and stops after its page (results-page.ts).
@Index({ properties: ['rank', 'id'] })
@Check({
  name: 'nomination_result_scores_check',
  expression: 'official_score is null or official_score between 0 and 100',
})
@Check({ name: 'nomination_result_sheet_count_check', expression: 'sheet_count >= 0' })
export class NominationResult {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => ReviewStage)
  @Enum({ items: () => ReviewStage, nativeEnumName: 'review_stage' })
  stage: Opt<ReviewStage> = ReviewStage.PRELIMINARY;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 0 })
  sheetCount: Opt<number> = 0;

  @Field(() => Int, { description: 'reviews asked and still active (neither declined nor recused)' })
  @Property({ type: 'smallint', default: 0 })
  assignedCount: Opt<number> = 0;

  @Field(() => Boolean, {
    description: 'every active review has its sheet in: only then is a grade recommended',
  })
  @Property({ type: 'boolean', default: false })
  isComplete: Opt<boolean> = false;

  @Field(() => Float, {
    nullable: true,
    description: 'trimmed mean from five sheets on, else the plain mean',
  })
  @Property(score())
  officialScore?: number | null;

  @Field(() => Float, { nullable: true })
  @Property(score())
  plainMean?: number | null;

  @Field(() => Float, { nullable: true })
  @Property(score())
  median?: number | null;

  @Field(() => Float, { nullable: true })
  @Property(score())
  severityAdjusted?: number | null;

  @Field(() => Float, { nullable: true, description: 'highest minus lowest total' })
  @Property(score())
  spread?: number | null;

  /** Per criterion: mean, spread and whether it splits the experts (compute-results.ts). */
  @Property({ type: 'json', default: '[]' })
  criterionMeans: Opt<CriterionMean[]> = [];

  /** Each counted sheet: its total, its severity-adjusted total, and whether the trimmed mean left it out. */
  @Property({ type: 'json', default: '[]' })
  sheetFigures: Opt<SheetFigure[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasDisagreement: Opt<boolean> = false;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  isTied: Opt<boolean> = false;

  @Field(() => Grade, { nullable: true, description: 'the grade the official score reaches, before quotas' })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  scoreGrade?: Grade | null;

  @Field(() => Grade, {
    nullable: true,
    description:
      'the grade the score reaches, cut to the quotas in rank order; none while the sheets are incomplete',
  })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  recommendedGrade?: Grade | null;

  @Field(() => Grade, { nullable: true, description: 'the grade given at re-review and approval' })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  finalGrade?: Grade | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  computedAt: Opt<Date> = new Date();
}
