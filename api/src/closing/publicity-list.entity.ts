import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { ListEntry } from './list-entry.js';

/**
 * The re-review outcome of one category as published for objections (公示名单): one per cycle and
 * category, written once and read-only from then on (the database refuses changes, see the
 * closing_lists migration).
 */
@ObjectType({ description: '公示名单' })
@Entity()
@Unique({ properties: ['cycle', 'category'] })
@Check({ name: 'publicity_list_window_check', expression: 'publicity_closes_at > publicity_opens_at' })
export class PublicityList {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle)
  cycle!: AwardCycle;

  @Field(() => AwardCategory)
  @Enum({ items: () => AwardCategory, nativeEnumName: 'award_category' })
  category!: AwardCategory;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  publishedAt: Opt<Date> = new Date();

  @ManyToOne(() => User)
  publishedBy!: User;

  @Field(() => Date, { description: 'the publicity window as it stood when the list was published' })
  @Property({ type: 'datetime' })
  publicityOpensAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  publicityClosesAt!: Date;
}

/** One nomination on a publicity list, as it was published: the text is copied, not joined. */
@ObjectType({ description: '公示项目' })
@Entity()
@Unique({ properties: ['list', 'nomination'] })
@Unique({ properties: ['list', 'position'] })
@Check({ name: 'publicity_entry_grade_check', expression: "grade <> 'NONE'" })
export class PublicityEntry extends ListEntry {
  @ManyToOne(() => PublicityList)
  list!: PublicityList;

  @Field(() => [String], { description: '主要完成人, in order' })
  @Property({ type: 'text[]' })
  completers!: string[];
}
