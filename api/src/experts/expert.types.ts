import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { Expert } from './expert.entity.js';

export const ExpertConnection = ConnectionType(Expert);

@ArgsType()
export class ExpertsArgs extends PageArgs {
  @Field(() => ID)
  cycleId!: string;
}
