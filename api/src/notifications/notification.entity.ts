import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Grade } from '../cycles/cycle.enums.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { SectionReason } from '../nominations/nomination-transition.entity.js';
import { TransitionNote } from '../nominations/transition-note.js';

export enum NotificationKind {
  /** to a nominator: its nomination moved to a new state */
  STATUS_CHANGED = 'STATUS_CHANGED',
  /** to an expert: a review of its is due or overdue */
  REVIEW_REMINDER = 'REVIEW_REMINDER',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * An in-app message to one account (mailed too when SMTP is set): a nominator's nomination moved to a
 * new state, with the public reason; or a reminder to an expert of a review due.
 */
@ObjectType({ description: '站内通知' })
@Entity()
@Index({ properties: ['recipient', 'createdAt'] })
@Check({ name: 'notification_status_check', expression: "kind <> 'STATUS_CHANGED' or to_status is not null" })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => User)
  recipient!: User;

  @ManyToOne(() => Nomination, { index: true })
  nomination!: Nomination;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind', default: 'STATUS_CHANGED' })
  kind: Opt<NotificationKind> = NotificationKind.STATUS_CHANGED;

  @Field(() => NominationStatus, { nullable: true })
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status', nullable: true })
  toStatus?: NominationStatus | null;

  @Field(() => String, {
    description: 'the reason as a person wrote it (a withdrawal’s, a revocation’s), or a reminder’s deadline',
  })
  @Property({ type: 'text', default: '' })
  reason: Opt<string> = '';

  // The change's why as its transition holds it (nomination-transition.entity.ts): a mail and a
  // notification keep what was sent, and each reader sees the codes in its own language.
  @Field(() => [SectionReason], { description: 'a return’s reasons, section by section' })
  @Property({ type: 'json', default: '[]' })
  sectionReasons: Opt<SectionReason[]> = [];

  @Field(() => TransitionNote, { nullable: true, description: 'why, where the system made the change' })
  @Enum({ items: () => TransitionNote, nativeEnumName: 'transition_note', nullable: true })
  note?: TransitionNote | null;

  @Field(() => Grade, { nullable: true, description: 'the grade the note names (publicity, approval)' })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  noteGrade?: Grade | null;

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
