import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import type { ProposedPair, Shortfall } from './solver/assignment-problem.js';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  COMMITTED = 'COMMITTED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/**
 * One run of the solver for a category: the proposed reviewers, which the secretariat reviews, adjusts
 * and commits (creating the assignments in one transaction) or discards.
 */
@ObjectType({ description: '分配方案' })
@Entity()
@Index({ properties: ['cycle', 'createdAt'] })
export class AssignmentProposal {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle)
  cycle!: AwardCycle;

  @Field(() => AwardCategory)
  @Enum({ items: () => AwardCategory, nativeEnumName: 'award_category' })
  category!: AwardCategory;

  @Field(() => Int, { description: 'the same seed on the same data gives the same proposal' })
  @Property({ type: 'integer' })
  seed!: number;

  @Field(() => Int, { description: 'reviewers per nomination (k) at the time of the run' })
  @Property({ type: 'smallint' })
  k!: number;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status' })
  status: Opt<ProposalStatus> = ProposalStatus.DRAFT;

  @Property({ type: 'json' })
  pairs!: ProposedPair[];

  @Property({ type: 'json' })
  shortfalls!: Shortfall[];

  @Field(() => Float, { description: 'the fit of the run as solved (adjustments do not change it)' })
  @Property({ type: 'double' })
  totalFit!: number;

  @Field(() => Float, { description: 'each nomination’s best fits, ignoring loads: no run does better' })
  @Property({ type: 'double' })
  upperBound!: number;

  @Field(() => Int, { description: 'milliseconds the solver took' })
  @Property({ type: 'integer' })
  solveMs!: number;

  @ManyToOne(() => User)
  createdBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
