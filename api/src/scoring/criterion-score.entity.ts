import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { decimalNumber } from '../db/column-types.js';
import { Criterion } from './criterion.entity.js';
import { ScoreLevel } from './score-level.js';
import { ScoreSheet } from './score-sheet.entity.js';

/**
 * The points and comment for one criterion on one sheet. The database also refuses points above the
 * criterion's maximum (trigger criterion_score_within_max in the first migration).
 */
@ObjectType({ description: '指标得分' })
@Entity()
@Unique({ properties: ['sheet', 'criterion'] })
@Check({ name: 'criterion_score_points_check', expression: 'points is null or points between 0 and 100' })
export class CriterionScore {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => ScoreSheet, { deleteRule: 'cascade' })
  sheet!: ScoreSheet;

  @ManyToOne(() => Criterion)
  criterion!: Criterion;

  @Field(() => ScoreLevel, { nullable: true })
  @Enum({ items: () => ScoreLevel, nativeEnumName: 'score_level', nullable: true })
  level?: ScoreLevel | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: decimalNumber(), precision: 5, scale: 2, nullable: true })
  points?: number | null;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  comment: Opt<string> = '';
}
