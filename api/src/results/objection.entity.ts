import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';

export enum ObjectionStatus {
  RECEIVED = 'RECEIVED',
  REFUSED = 'REFUSED',
  INVESTIGATING = 'INVESTIGATING',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });

/**
 * What an objection challenges. Truth, ownership and ranking make it substantive (award-rules.md,
 * Publicity); one about the grade alone is refused.
 */
export enum ObjectionSubject {
  TRUTH = 'TRUTH',
  OWNERSHIP = 'OWNERSHIP',
  RANKING = 'RANKING',
  GRADE = 'GRADE',
  OTHER = 'OTHER',
}
registerEnumType(ObjectionSubject, {
  name: 'ObjectionSubject',
  description: 'TRUTH 真实性, OWNERSHIP 权属, RANKING 排序, GRADE 等级, OTHER 其他',
});

/** A real-name, written challenge (异议) raised during publicity. */
@ObjectType({ description: '异议' })
@Entity()
@Check({ name: 'objection_real_name_check', expression: 'char_length(trim(objector_name)) > 0' })
@Check({ name: 'objection_evidence_check', expression: 'char_length(trim(evidence)) > 0' })
@Check({
  name: 'objection_refusal_reason_check',
  expression: "status <> 'REFUSED' or char_length(coalesce(resolution, '')) > 0",
})
export class Objection {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => String, { description: 'the real name the objection is signed with' })
  @Property({ type: 'string', length: 50 })
  objectorName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  objectorOrganization?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  objectorContact!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { description: 'the evidence enclosed, as received' })
  @Property({ type: 'text' })
  evidence!: string;

  @Field(() => [ObjectionSubject])
  @Enum({ items: () => ObjectionSubject, array: true, columnType: 'text[]' })
  subjects!: ObjectionSubject[];

  /** The secretariat user who recorded the written objection. */
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: User | null;

  @Field(() => Date, { nullable: true, description: 'when it was classified as substantive or not' })
  @Property({ type: 'datetime', nullable: true })
  classifiedAt?: Date | null;

  @Field(() => Boolean, { description: 'about truth, ownership or ranking, so investigated before approval' })
  @Property({ type: 'boolean', default: false })
  isSubstantive: Opt<boolean> = false;

  @Field(() => ObjectionStatus)
  @Enum({ items: () => ObjectionStatus, nativeEnumName: 'objection_status' })
  status: Opt<ObjectionStatus> = ObjectionStatus.RECEIVED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  receivedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'when it was refused, upheld or dismissed' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;
}
