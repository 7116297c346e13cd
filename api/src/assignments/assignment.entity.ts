import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Expert } from '../experts/expert.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';

export enum ReviewStage {
  PRELIMINARY = 'PRELIMINARY',
}
registerEnumType(ReviewStage, { name: 'ReviewStage', description: 'PRELIMINARY 初评' });

export enum AssignmentStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  RECUSED = 'RECUSED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

/** An expert asked to review a nomination in a stage. */
@ObjectType({ description: '评审分配' })
@Entity()
@Unique({ properties: ['nomination', 'expert', 'stage'] })
@Index({ properties: ['expert', 'stage'] })
export class Assignment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @ManyToOne(() => Expert)
  expert!: Expert;

  @Field(() => ReviewStage)
  @Enum({ items: () => ReviewStage, nativeEnumName: 'review_stage' })
  stage: Opt<ReviewStage> = ReviewStage.PRELIMINARY;

  @Field(() => AssignmentStatus)
  @Enum({ items: () => AssignmentStatus, nativeEnumName: 'assignment_status' })
  status: Opt<AssignmentStatus> = AssignmentStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'why the expert declined or recused itself' })
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'the chair’s extension of this review, null until extended; `effectiveDeadline` is when it is due',
  })
  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  assignedBy?: User | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  assignedAt: Opt<Date> = new Date();
}
