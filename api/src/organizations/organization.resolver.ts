import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { Organization } from './organization.entity.js';
import { OrganizationConnection, OrganizationsArgs } from './organization.types.js';
import { recordCompletingOrganization } from './organization-register.service.js';

/** The register of organizations: any signed-in user (completing organizations are picked from it). */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => OrganizationConnection)
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() { em }: RequestContext) {
    return findPage(em, Organization, args.type ? { type: args.type } : {}, { name: 'asc', id: 'asc' }, args);
  }

  @Authorized()
  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext): Promise<Organization> {
    return findById(em, Organization, id);
  }

  @Authorized(Role.NOMINATOR)
  @Mutation(() => Organization, {
    description:
      'adds a completing organization by its unified social credit code (checked), or gives the one on record',
  })
  recordCompletingOrganization(
    @Arg('creditCode', () => String) creditCode: string,
    @Arg('name', () => String) name: string,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => recordCompletingOrganization(tx, viewer as Viewer, { creditCode, name }));
  }
}
