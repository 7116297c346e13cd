import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Expert } from './expert.entity.js';
import { EXPERT_DECLARATION } from './expert-declaration.js';
import { acceptExpertDeclaration, declarationAcceptedAt } from './expert-declaration.service.js';
import { ExpertDeclaration } from './expert-declaration.types.js';

/** The expert's own side of the impartiality and confidentiality declaration. */
@Resolver(() => ExpertDeclaration)
export class ExpertDeclarationResolver {
  @Authorized()
  @Query(() => ExpertDeclaration)
  async expertDeclaration(
    @Arg('cycleId', () => ID, { nullable: true, description: 'for acceptedAt' }) cycleId: string | null,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<ExpertDeclaration> {
    return { ...EXPERT_DECLARATION, acceptedAt: await declarationAcceptedAt(em, viewer, cycleId) };
  }

  @Authorized(Role.EXPERT)
  @Mutation(() => Expert, {
    description: 'the viewer’s expert profile of the cycle, with declarationAcceptedAt',
  })
  acceptExpertDeclaration(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('version', () => Int, { description: 'the version the expert was shown' }) version: number,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return acceptExpertDeclaration(em, viewer as Viewer, cycleId, version);
  }
}
