import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';

/** A past employer: a recent one still conflicts (回避, "current or recent"). */
@ObjectType()
@Entity()
@Check({ name: 'expert_employment_dates_check', expression: 'started_on is null or ended_on >= started_on' })
export class ExpertEmployment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Expert, { deleteRule: 'cascade' })
  expert!: Expert;

  @ManyToOne(() => Organization)
  organization!: Organization;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Field(() => String)
  @Property({ type: 'date' })
  endedOn!: string;
}
