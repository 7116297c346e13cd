import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Rubric } from './rubric.entity.js';

/** One criterion of a rubric, with its maximum points. */
@ObjectType({ description: '评审指标项' })
@Entity()
@Unique({ properties: ['rubric', 'code'] })
@Unique({ properties: ['rubric', 'position'] })
@Check({ name: 'criterion_max_points_check', expression: 'max_points between 1 and 100' })
export class Criterion {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Rubric, { deleteRule: 'cascade' })
  rubric!: Rubric;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  descriptionZh!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  descriptionEn!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxPoints!: number;
}
