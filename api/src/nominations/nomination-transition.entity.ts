import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';

/** Every change of a nomination's state records who, when and why (award-rules.md, Stages and states). */
@ObjectType({ description: '状态变更' })
@Entity()
@Index({ properties: ['nomination', 'at'] })
@Check({
  name: 'nomination_transition_changes_check',
  expression: 'from_status is null or from_status <> to_status',
})
export class NominationTransition {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => NominationStatus, { nullable: true })
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status', nullable: true })
  fromStatus?: NominationStatus | null;

  @Field(() => NominationStatus)
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  toStatus!: NominationStatus;

  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Field(() => String, { description: 'why: the reasons a returned nomination shows its nominator' })
  @Property({ type: 'text', default: '' })
  reason: Opt<string> = '';

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
