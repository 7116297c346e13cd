import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { Role } from './role.js';
import type { User } from './user.entity.js';

@ObjectType({ description: 'an account: who signs in, with which roles' })
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

/** What the API shows of a user: never its password hash. */
export function toAccount({ id, email, displayName, roles, isDisabled }: User): Account {
  return { id, email, displayName, roles, isDisabled };
}

@ObjectType({ description: 'the signed-in user' })
export class ViewerProfile extends Account {
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

@ObjectType()
export class CreatedAccount {
  @Field(() => Account)
  account!: Account;

  @Field(() => String, { description: 'shown once, for the secretariat to hand over' })
  initialPassword!: string;
}
