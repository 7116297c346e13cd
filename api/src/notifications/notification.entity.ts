import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';

/** An in-app message to one account: its nomination moved to a new state, with the public reason. */
@ObjectType({ description: '站内通知' })
@Entity()
@Index({ properties: ['recipient', 'createdAt'] })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => User)
  recipient!: User;

  @ManyToOne(() => Nomination, { index: true })
  nomination!: Nomination;

  @Field(() => NominationStatus)
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  toStatus!: NominationStatus;

  @Field(() => String, { description: 'the reason the nominator may read (a return’s reasons)' })
  @Property({ type: 'text', default: '' })
  reason: Opt<string> = '';

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** When the e-mail copy went out (only with SMTP configured). */
  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;
}
