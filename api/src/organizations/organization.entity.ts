import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganizationType } from './organization.enums.js';

/** A legal entity (单位), identified by its unified social credit code. */
@ObjectType({ description: '单位' })
@Entity()
@Check({
  name: 'organization_credit_code_format_check',
  // The alphabet of GB 32100-2015; the check character itself is verified by credit-code.ts.
  expression: "credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'",
})
export class Organization {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: '统一社会信用代码' })
  @Property({ type: 'character', length: 18, unique: true })
  creditCode!: string;

  @Field(() => OrganizationType)
  @Enum({ items: () => OrganizationType, nativeEnumName: 'organization_type' })
  type!: OrganizationType;

  @Field(() => String, {
    nullable: true,
    description: 'assessment rating of a social organization, e.g. 4A or 4星',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  rating?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
