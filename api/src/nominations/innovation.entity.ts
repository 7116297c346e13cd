import { Check, Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { NominationRow } from './nomination-row.js';

/** One key innovation point (主要技术创新点), at most 500 characters. */
@ObjectType({ description: '主要技术创新点' })
@Entity()
@Unique({ properties: ['nomination', 'position'] })
@Check({ name: 'innovation_content_length_check', expression: 'char_length(content) between 1 and 500' })
export class Innovation extends NominationRow {
  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;
}
