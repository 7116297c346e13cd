import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { Role } from './role.js';

@ObjectType({ description: 'the signed-in user' })
export class ViewerProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Organization, { nullable: true, description: 'the organization a nominator acts for' })
  organization!: Organization | null;
}

@ObjectType()
export class SignInResult {
  @Field(() => String, { description: 'send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => ViewerProfile)
  viewer!: ViewerProfile;
}

@ObjectType({ description: 'an account as the secretariat manages it' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Boolean)
  isDisabled!: boolean;
}

@ObjectType()
export class CreatedAccount {
  @Field(() => Account)
  account!: Account;

  @Field(() => String, { description: 'shown once, for the secretariat to hand over' })
  initialPassword!: string;
}
