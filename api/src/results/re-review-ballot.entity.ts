import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Grade } from '../cycles/cycle.enums.js';
import { Nomination } from '../nominations/nomination.entity.js';

export enum BallotStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(BallotStatus, { name: 'BallotStatus' });

/**
 * A secret ballot at re-review (复评) on one nomination for one grade. A nomination that fails a grade
 * gets a new ballot at the next grade down, hence one ballot per nomination and grade, and at most one
 * of them open at a time. The counts are written when it closes and are all it keeps of the votes.
 */
@ObjectType({ description: '复评投票' })
@Entity()
@Unique({ properties: ['nomination', 'grade'] })
@Check({ name: 're_review_ballot_grade_check', expression: "grade <> 'NONE'" })
@Check({
  name: 're_review_ballot_counts_check',
  expression: 'members_total > 0 and members_present between 0 and members_total',
})
@Check({
  name: 're_review_ballot_result_check',
  expression:
    "(status = 'OPEN' and votes_for is null and votes_against is null and votes_abstain is null and is_passed is null and closed_at is null) or (status = 'CLOSED' and votes_for + votes_against + votes_abstain <= members_present and is_passed is not null and closed_at is not null)",
})
@Unique({
  name: 're_review_ballot_one_open_per_nomination',
  expression:
    'create unique index "re_review_ballot_one_open_per_nomination" on "re_review_ballot" ("nomination_id") where status = \'OPEN\'',
})
export class ReReviewBallot {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => Grade)
  @Enum({ items: () => Grade, nativeEnumName: 'grade' })
  grade!: Grade;

  @Field(() => BallotStatus)
  @Enum({ items: () => BallotStatus, nativeEnumName: 'ballot_status' })
  status: Opt<BallotStatus> = BallotStatus.OPEN;

  @Field(() => Int, { description: 'committee members in office' })
  @Property({ type: 'smallint' })
  membersTotal!: number;

  @Field(() => Int, { description: 'members present at the meeting (quorum: two thirds)' })
  @Property({ type: 'smallint' })
  membersPresent!: number;

  @Field(() => Boolean, { nullable: true, description: 'set when closed: whether the grade passed' })
  @Property({ type: 'boolean', nullable: true })
  isPassed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'set when closed, like the other counts' })
  @Property({ type: 'smallint', nullable: true })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  votesAbstain?: number | null;

  @ManyToOne(() => User)
  openedBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  openedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
