import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Criterion } from './criterion.entity.js';
import { ScoreLevel } from './score-level.js';

/** What a level of a criterion looks like, shown to the expert beside the score input. */
@ObjectType({ description: '评分等级描述' })
@Entity()
@Unique({ properties: ['criterion', 'level'] })
@Check({
  name: 'level_descriptor_percent_check',
  expression: 'min_percent >= 0 and max_percent <= 100 and min_percent <= max_percent',
})
export class LevelDescriptor {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Criterion, { deleteRule: 'cascade' })
  criterion!: Criterion;

  @Field(() => ScoreLevel)
  @Enum({ items: () => ScoreLevel, nativeEnumName: 'score_level' })
  level!: ScoreLevel;

  @Field(() => Int, { description: 'lowest share of the criterion points, in percent' })
  @Property({ type: 'smallint' })
  minPercent!: number;

  @Field(() => Int, { description: 'highest share of the criterion points, in percent' })
  @Property({ type: 'smallint' })
  maxPercent!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  descriptorZh!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  descriptorEn!: string;
}
