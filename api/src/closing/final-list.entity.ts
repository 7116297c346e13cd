import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { ListEntry } from './list-entry.js';

/**
 * The list the chair approved (审定名单) for one category: published to everyone signed in and
 * read-only; the only change the database lets through is marking an entry revoked.
 */
@ObjectType({ description: '审定名单' })
@Entity()
@Unique({ properties: ['cycle', 'category'] })
export class FinalList {
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
  approvedAt: Opt<Date> = new Date();

  @ManyToOne(() => User)
  approvedBy!: User;
}

/**
 * An award on the final list: code, project, nominator and grade, never scores or reviewers. A
 * revocation (fraud found after approval) is marked on it with its time and reason.
 */
@ObjectType({ description: '获奖项目' })
@Entity()
@Unique({ properties: ['list', 'nomination'] })
@Unique({ properties: ['list', 'position'] })
@Check({ name: 'final_entry_grade_check', expression: "grade <> 'NONE'" })
@Check({
  name: 'final_entry_revocation_check',
  expression: '(revoked_at is null) = (revocation_reason is null)',
})
export class FinalEntry extends ListEntry {
  @ManyToOne(() => FinalList)
  list!: FinalList;

  @Field(() => Date, { nullable: true, description: 'set when the award was revoked (撤销)' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  @Field(() => Boolean)
  get isRevoked(): Opt<boolean> {
    return this.revokedAt != null;
  }
}
