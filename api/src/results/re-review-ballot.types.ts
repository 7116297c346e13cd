import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Grade } from '../cycles/cycle.enums.js';
import { BallotStatus } from './re-review-ballot.entity.js';

@ArgsType()
export class BallotsArgs {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => BallotStatus, { nullable: true })
  status?: BallotStatus | null;
}

@ArgsType()
export class OpenBallotsArgs {
  @Field(() => [ID])
  nominationIds!: string[];

  @Field(() => Grade, { description: 'FIRST, SECOND or THIRD' })
  grade!: Grade;

  @Field(() => Int, {
    description: 'members present at the meeting; a vote needs two thirds of the committee',
  })
  membersPresent!: number;
}
