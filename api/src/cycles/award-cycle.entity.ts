import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One year's call (年度评选). Every default of award-rules.md lives here or in its categories, never in code. */
@ObjectType({ description: '年度评选' })
@Entity()
@Check({
  name: 'award_cycle_recent_employment_check',
  expression: 'recent_employment_years between 0 and 20',
})
// Trimming drops two sheets: from fewer than three nothing would be left to average.
@Check({ name: 'award_cycle_trim_check', expression: 'trim_from_sheet_count >= 3' })
@Check({ name: 'award_cycle_disagreement_check', expression: 'disagreement_spread between 1 and 100' })
@Check({ name: 'award_cycle_publicity_days_check', expression: 'publicity_days > 0' })
@Check({
  name: 'award_cycle_grade_thresholds_check',
  expression:
    'first_grade_min_score > second_grade_min_score and second_grade_min_score > third_grade_min_score',
})
export class AwardCycle {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameZh!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'the notice that opened the call, e.g. 沪质协〔2024〕20号' })
  @Property({ type: 'string', length: 100 })
  noticeNumber!: string;

  @Field(() => String, { description: 'IANA zone in which windows are defined and shown' })
  @Property({ type: 'string', length: 64, default: 'Asia/Shanghai' })
  timeZone: Opt<string> = 'Asia/Shanghai';

  @Field(() => Int)
  @Property({ type: 'smallint', default: 15 })
  publicityDays: Opt<number> = 15;

  /** award-rules.md, Conflicts of interest: a past employer within this many years still conflicts ("recent"). */
  @Field(() => Int)
  @Property({ type: 'smallint', default: 3 })
  recentEmploymentYears: Opt<number> = 3;

  /** award-rules.md, Aggregation: trim highest and lowest totals from this many sheets on. */
  @Field(() => Int)
  @Property({ type: 'smallint', default: 5 })
  trimFromSheetCount: Opt<number> = 5;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 25 })
  disagreementSpread: Opt<number> = 25;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 85 })
  firstGradeMinScore: Opt<number> = 85;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 75 })
  secondGradeMinScore: Opt<number> = 75;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 65 })
  thirdGradeMinScore: Opt<number> = 65;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
