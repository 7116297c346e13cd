import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { AwardCycle } from './award-cycle.entity.js';

/** A field of expertise (专业领域) from the cycle's list; nominations and experts are matched on it. */
@ObjectType({ description: '专业领域' })
@Entity()
@Unique({ properties: ['cycle', 'code'] })
export class ExpertiseField {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle, { deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameEn!: string;
}
