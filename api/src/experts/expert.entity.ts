import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** A reviewer in the cycle's pool (评审专家). */
@ObjectType({ description: '评审专家' })
@Entity()
@Check({ name: 'expert_max_load_check', expression: 'max_load between 1 and 200' })
@Unique({ properties: ['cycle', 'user'] })
export class Expert {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle)
  cycle!: AwardCycle;

  /** The expert's account; one expert profile per account and cycle. */
  @ManyToOne(() => User, { nullable: true })
  user?: User | null;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: 'title, e.g. 教授级高级工程师' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @ManyToOne(() => Organization, { nullable: true })
  employer?: Organization | null;

  /** Personal data: matched against completers' documents for conflicts, never exposed. */
  @Property({ type: 'string', length: 40, nullable: true })
  idDocumentNumber?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => Int, { description: 'most assignments per stage' })
  @Property({ type: 'smallint', default: 10 })
  maxLoad: Opt<number> = 10;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  isAvailable: Opt<boolean> = true;

  /** The online impartiality and confidentiality declaration, accepted before any material is shown. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  declarationAcceptedAt?: Date | null;
}
