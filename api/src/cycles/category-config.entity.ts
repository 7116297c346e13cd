import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardCycle } from './award-cycle.entity.js';
import { AwardCategory } from './cycle.enums.js';

/** A category as the cycle runs it: names, reviewers per nomination, and grade quotas. */
@ObjectType()
@Entity()
@Unique({ properties: ['cycle', 'category'] })
@Check({
  name: 'category_config_quotas_check',
  expression: 'quota_first >= 0 and quota_second >= 0 and quota_third >= 0',
})
@Check({ name: 'category_config_experts_check', expression: 'experts_per_nomination >= 3' })
export class CategoryConfig {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle, { deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Field(() => AwardCategory)
  @Enum({ items: () => AwardCategory, nativeEnumName: 'award_category' })
  category!: AwardCategory;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Field(() => Int, { description: 'reviewers per nomination (k), default 5, option 7' })
  @Property({ type: 'smallint' })
  expertsPerNomination!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  quotaFirst!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  quotaSecond!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  quotaThird!: number;
}
