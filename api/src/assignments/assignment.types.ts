import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { Assignment } from './assignment.entity.js';

export const AssignmentConnection = ConnectionType(Assignment);

@ArgsType()
export class AssignmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  nominationId?: string | null;

  @Field(() => ID, { nullable: true })
  expertId?: string | null;
}
