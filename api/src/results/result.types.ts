import { ArgsType, Field, ID } from 'type-graphql';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { NominationResult } from './nomination-result.entity.js';

export const NominationResultConnection = ConnectionType(NominationResult);

@ArgsType()
export class ResultsArgs extends PageArgs {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => AwardCategory)
  category!: AwardCategory;
}
