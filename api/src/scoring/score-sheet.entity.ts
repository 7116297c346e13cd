import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Assignment } from '../assignments/assignment.entity.js';
import { Grade } from '../cycles/cycle.enums.js';
import { decimalNumber } from '../db/column-types.js';
import { Rubric } from './rubric.entity.js';

export enum ScoreSheetStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ScoreSheetStatus, { name: 'ScoreSheetStatus' });

/** One expert's scores for one nomination in one stage (评分表): exactly one per assignment. */
@ObjectType({ description: '评分表' })
@Entity()
@Check({ name: 'score_sheet_total_check', expression: 'total is null or total between 0 and 100' })
@Check({
  name: 'score_sheet_submitted_check',
  expression:
    "(status = 'SUBMITTED') = (submitted_at is not null) and (status = 'DRAFT' or total is not null)",
})
export class ScoreSheet {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @OneToOne(() => Assignment, { owner: true, unique: true, deleteRule: 'cascade' })
  assignment!: Assignment;

  @ManyToOne(() => Rubric)
  rubric!: Rubric;

  @Field(() => ScoreSheetStatus)
  @Enum({ items: () => ScoreSheetStatus, nativeEnumName: 'score_sheet_status' })
  status: Opt<ScoreSheetStatus> = ScoreSheetStatus.DRAFT;

  /** Optimistic lock: two tabs cannot overwrite each other silently. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => Float, { nullable: true, description: 'sum of the criterion points, set on submission' })
  @Property({ type: decimalNumber(), precision: 5, scale: 2, nullable: true })
  total?: number | null;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  overallOpinion: Opt<string> = '';

  @Field(() => Grade, { nullable: true })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  recommendedGrade?: Grade | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
