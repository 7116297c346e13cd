import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { Expert } from './expert.entity.js';

/** A field an expert reviews in: one primary, any number secondary. */
@ObjectType()
@Entity()
@Unique({ properties: ['expert', 'field'] })
@Unique({
  name: 'expert_field_one_primary_unique',
  expression:
    'create unique index "expert_field_one_primary_unique" on "expert_field" ("expert_id") where "is_primary"',
})
export class ExpertField {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Expert, { deleteRule: 'cascade' })
  expert!: Expert;

  @ManyToOne(() => ExpertiseField)
  field!: ExpertiseField;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  isPrimary: Opt<boolean> = false;
}
