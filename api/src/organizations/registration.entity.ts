import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { Organization } from './organization.entity.js';

/** An organization's sign-up for the year's innovation activity (质量技术创新活动报名); precedes nominating. */
@ObjectType({ description: '质量技术创新活动报名' })
@Entity()
@Unique({ properties: ['cycle', 'organization'] })
export class Registration {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle, { deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @ManyToOne(() => Organization)
  organization!: Organization;

  @ManyToOne(() => User, { nullable: true })
  registeredBy?: User | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  registeredAt: Opt<Date> = new Date();
}
