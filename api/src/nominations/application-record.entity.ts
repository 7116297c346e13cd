import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { NominationRow } from './nomination-row.js';

/** A row of the application table (推广应用情况). */
@ObjectType({ description: '推广应用情况' })
@Entity()
@Unique({ properties: ['nomination', 'position'] })
export class ApplicationRecord extends NominationRow {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  userOrganization!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  technologyApplied!: string;

  @Field(() => String, { description: 'period of application, e.g. 2022.03-2024.03' })
  @Property({ type: 'string', length: 50 })
  period!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contact!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  benefit!: string;
}
