import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { IntellectualPropertyKind } from './nomination.enums.js';
import { NominationRow } from './nomination-row.js';

/** An entry of the IP list (知识产权): patents, software copyrights, standards, papers. */
@ObjectType({ description: '知识产权' })
@Entity()
@Unique({ properties: ['nomination', 'position'] })
export class IntellectualProperty extends NominationRow {
  @Field(() => IntellectualPropertyKind)
  @Enum({ items: () => IntellectualPropertyKind, nativeEnumName: 'intellectual_property_kind' })
  kind!: IntellectualPropertyKind;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'patent, registration, standard or DOI number' })
  @Property({ type: 'string', length: 100 })
  number!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  holder!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  grantedOn?: string | null;
}
