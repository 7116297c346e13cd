import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { deleteNominationFile } from './nomination-file.service.js';

/** Files are uploaded over HTTP (POST /documents/nominations/:id/files); deleting one is a mutation. */
@Resolver()
export class NominationFileDeletionResolver {
  @Authorized(Role.NOMINATOR)
  @Mutation(() => Boolean, {
    description:
      "deletes an uploaded file of the nominator's own nomination (DRAFT or RETURNED, inside the nomination window)",
  })
  async deleteNominationFile(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer, files }: RequestContext,
  ): Promise<boolean> {
    await deleteNominationFile(em, files, viewer, id);
    return true;
  }
}
