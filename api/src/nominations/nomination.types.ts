import { ArgsType, Field, ID } from 'type-graphql';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';

export const NominationConnection = ConnectionType(Nomination);

@ArgsType()
export class NominationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  cycleId?: string | null;

  @Field(() => AwardCategory, { nullable: true })
  category?: AwardCategory | null;

  @Field(() => NominationStatus, { nullable: true })
  status?: NominationStatus | null;

  @Field(() => ID, { nullable: true, description: 'the nominating organization' })
  nominatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the field of expertise' })
  fieldId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'words of the number or the project name (case and surrounding spaces ignored)',
  })
  search?: string | null;
}
