import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity.js';
import { Role } from './role.js';

/** An account. Not a GraphQL type: what a viewer may see of users is decided by the authorization issue. */
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_nominator_has_organization_check',
  expression: "not ('NOMINATOR' = any(roles)) or organization_id is not null",
})
@Check({ name: 'app_user_has_role_check', expression: 'cardinality(roles) > 0' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Enum({ items: () => Role, array: true, columnType: 'text[]' })
  roles: Opt<Role[]> = [];

  @ManyToOne(() => Organization, { nullable: true })
  organization?: Organization | null;

  @Property({ type: 'boolean', default: false })
  isDisabled: Opt<boolean> = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
