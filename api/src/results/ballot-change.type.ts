import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Grade } from '../cycles/cycle.enums.js';
import { BallotStatus } from './re-review-ballot.entity.js';

export enum BallotChangeKind {
  OPENED = 'OPENED',
  VOTE_CAST = 'VOTE_CAST',
  CLOSED = 'CLOSED',
}
registerEnumType(BallotChangeKind, { name: 'BallotChangeKind' });

/**
 * A live event of a re-review ballot, in plain values (it crosses Redis as JSON). While the ballot is
 * open it tells how many votes are in, never how they were cast nor by whom; the counts per choice
 * come with its closing.
 */
@ObjectType()
export class BallotChange {
  @Field(() => BallotChangeKind)
  kind!: BallotChangeKind;

  @Field(() => ID)
  ballotId!: string;

  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String, { description: 'the nomination’s code' })
  code!: string;

  @Field(() => Grade)
  grade!: Grade;

  @Field(() => BallotStatus)
  status!: BallotStatus;

  @Field(() => Int)
  membersPresent!: number;

  @Field(() => Int, { description: 'votes cast so far' })
  votesCast!: number;

  @Field(() => Int, { nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true })
  votesAbstain!: number | null;

  @Field(() => Boolean, { nullable: true })
  isPassed!: boolean | null;
}
