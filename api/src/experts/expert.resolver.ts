import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { assertId, findById } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';
import { ExpertConnection, ExpertsArgs } from './expert.types.js';
import { ExpertConflict } from './expert-conflict.entity.js';
import { ExpertEmployment } from './expert-employment.entity.js';
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

  @Authorized(...STAFF)
  @Query(() => Expert)
  expert(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext) {
    return findById(em, Expert, id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  employer(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return expert.employer ? loaders.byId(Organization).load(expert.employer.id) : null;
  }

  @FieldResolver(() => [ExpertField], { description: 'primary field first' })
  fields(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(ExpertField, 'expert', { isPrimary: 'desc', id: 'asc' }).load(expert.id);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [ExpertEmployment], { description: 'past employers, latest first (staff only)' })
  employments(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(ExpertEmployment, 'expert', { endedOn: 'desc', id: 'asc' }).load(expert.id);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [ExpertConflict], { description: 'recorded conflicts of interest (staff only)' })
  conflicts(@Root() expert: Expert, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(ExpertConflict, 'expert', { recordedAt: 'asc', id: 'asc' }).load(expert.id);
  }
}

@Resolver(() => ExpertEmployment)
export class ExpertEmploymentResolver {
  @FieldResolver(() => Organization)
  organization(@Root() row: ExpertEmployment, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Organization).load(row.organization.id);
  }
}

/** Reached only through the staff-only `Expert.conflicts`. */
@Resolver(() => ExpertConflict)
export class ExpertConflictResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() row: ExpertConflict, @Ctx() { loaders }: RequestContext) {
    return row.organization ? loaders.byId(Organization).load(row.organization.id) : null;
  }

  @FieldResolver(() => Nomination, { nullable: true })
  nomination(@Root() row: ExpertConflict, @Ctx() { loaders }: RequestContext) {
    return row.nomination ? loaders.byId(Nomination).load(row.nomination.id) : null;
  }
}

@Resolver(() => ExpertField)
export class ExpertFieldResolver {
  @FieldResolver(() => ExpertiseField)
  field(@Root() row: ExpertField, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(ExpertiseField).load(row.field.id);
  }
}
