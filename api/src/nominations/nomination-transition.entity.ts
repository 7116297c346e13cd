import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Grade } from '../cycles/cycle.enums.js';
import { Nomination } from './nomination.entity.js';
import { FormSection, NominationStatus } from './nomination.enums.js';
import { TransitionNote } from './transition-note.js';

/** What a formal review found wrong in one section of a returned nomination. */
@ObjectType({ description: '形式审查退回意见' })
@InputType('SectionReasonInput')
export class SectionReason {
  @Field(() => FormSection)
  section!: FormSection;

  @Field(() => String)
  reason!: string;
}

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

  @Field(() => String, { description: 'why, as the person who made the change wrote it (or empty)' })
  @Property({ type: 'text', default: '' })
  reason: Opt<string> = '';

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
  at: Opt<Date> = new Date();
}
