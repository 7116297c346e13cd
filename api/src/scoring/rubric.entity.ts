import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { AwardCategory } from '../cycles/cycle.enums.js';

/** What experts score a category against (评审指标); locked once scoring starts, then changed only as a new version. */
@ObjectType({ description: '评审指标' })
@Entity()
@Unique({ properties: ['cycle', 'category', 'version'] })
@Check({ name: 'rubric_version_check', expression: 'version >= 1' })
export class Rubric {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle, { deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Field(() => AwardCategory)
  @Enum({ items: () => AwardCategory, nativeEnumName: 'award_category' })
  category!: AwardCategory;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 1 })
  version: Opt<number> = 1;

  @Field(() => Date, { nullable: true, description: 'when scoring started and the rubric was locked' })
  @Property({ type: 'datetime', nullable: true })
  lockedAt?: Date | null;
}
