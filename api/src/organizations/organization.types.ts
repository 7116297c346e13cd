import { ArgsType, Field } from 'type-graphql';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { Organization } from './organization.entity.js';
import { OrganizationType } from './organization.enums.js';

export const OrganizationConnection = ConnectionType(Organization);

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType | null;
}
