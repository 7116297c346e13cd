import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Nomination } from '../nominations/nomination.entity.js';

export enum ObjectionStatus {
  RECEIVED = 'RECEIVED',
  REFUSED = 'REFUSED',
  INVESTIGATING = 'INVESTIGATING',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });

/** A real-name, written challenge (异议) raised during publicity. */
@ObjectType({ description: '异议' })
@Entity()
@Check({ name: 'objection_real_name_check', expression: 'char_length(trim(objector_name)) > 0' })
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

  @Property({ type: 'string', length: 50 })
  objectorName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  objectorOrganization?: string | null;

  @Property({ type: 'string', length: 100 })
  objectorContact!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

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
}
