import { Field, ID, ObjectType } from 'type-graphql';
import { NominationStatus } from './nomination.enums.js';

/** A live event: a nomination moved from one state to another. */
@ObjectType()
export class NominationStatusChange {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => NominationStatus, { nullable: true })
  fromStatus!: NominationStatus | null;

  @Field(() => NominationStatus)
  toStatus!: NominationStatus;

  @Field(() => Date)
  at!: Date;
}
