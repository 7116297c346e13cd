import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { assertId } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';
import { ExpertConnection, ExpertsArgs } from './expert.types.js';
import { ExpertField } from './expert-field.entity.js';

/** The expert pool: staff only, since who reviews is confidential (blind review). */
@Resolver(() => Expert)
export class ExpertResolver {
  @Authorized(...STAFF)
  @Query(() => ExpertConnection)
  experts(@Args(() => ExpertsArgs) args: ExpertsArgs, @Ctx() { em }: RequestContext) {
    assertId('cycleId', args.cycleId);
    return findPage(em, Expert, { cycle: args.cycleId }, { name: 'asc', id: 'asc' }, args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  employer(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return expert.employer ? loaders.byId(Organization).load(expert.employer.id) : null;
  }

  @FieldResolver(() => [ExpertField], { description: 'primary field first' })
  fields(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(ExpertField, 'expert', { isPrimary: 'desc', id: 'asc' }).load(expert.id);
  }
}

@Resolver(() => ExpertField)
export class ExpertFieldResolver {
  @FieldResolver(() => ExpertiseField)
  field(@Root() row: ExpertField, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(ExpertiseField).load(row.field.id);
  }
}
