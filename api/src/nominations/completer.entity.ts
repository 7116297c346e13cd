import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { IdDocumentType } from './nomination.enums.js';
import { NominationRow } from './nomination-row.js';

/** A person credited (主要完成人), in order. */
@ObjectType({ description: '主要完成人' })
@Entity()
@Unique({ properties: ['nomination', 'position'] })
@Unique({ properties: ['nomination', 'idDocumentNumber'] })
@Check({ name: 'completer_position_check', expression: 'position >= 1' })
export class Completer extends NominationRow {
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => IdDocumentType, {
    description: 'the kind of document; its number is for the nominator and staff only',
  })
  @Enum({ items: () => IdDocumentType, nativeEnumName: 'id_document_type' })
  idDocumentType!: IdDocumentType;

  /** Personal data: never exposed through GraphQL, used to find completers among experts (回避). */
  @Property({ type: 'string', length: 40 })
  idDocumentNumber!: string;

  @Field(() => String, { description: 'employer (工作单位)' })
  @Property({ type: 'string', length: 200 })
  employer!: string;

  @Field(() => String, { description: 'technical title (技术职称)' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: 'contribution to the project' })
  @Property({ type: 'text' })
  contribution!: string;
}
