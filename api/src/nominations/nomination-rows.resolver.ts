import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { policy } from '../auth/policy.js';
import { STAFF } from '../auth/role.js';
import { hasRole } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Organization } from '../organizations/organization.entity.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { evidenceGroupOf } from './evidence-groups.js';
import { Nomination } from './nomination.entity.js';
import { EvidenceGroup } from './nomination.enums.js';
import { NominationFile } from './nomination-file.entity.js';

@Resolver(() => CompletingOrganization)
export class CompletingOrganizationResolver {
  @FieldResolver(() => Organization)
  organization(@Root() row: CompletingOrganization, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Organization).load(row.organization.id);
  }
}

@Resolver(() => Completer)
export class CompleterResolver {
  /**
   * A person's identity document number is personal data: its nominator, who typed it, reads it back
   * to edit the form, and staff check it; reviewers and committee members never see it.
   */
  @FieldResolver(() => String, { nullable: true, description: 'only for its nominator and staff' })
  async idDocumentNumber(@Root() completer: Completer, @Ctx() { loaders, viewer }: RequestContext) {
    if (hasRole(viewer, ...STAFF)) return completer.idDocumentNumber;
    const nomination = await loaders.byId(Nomination).load(completer.nomination.id);
    return policy.ownsNomination(viewer, nomination) ? completer.idDocumentNumber : null;
  }
}

@Resolver(() => NominationFile)
export class NominationFileResolver {
  @FieldResolver(() => EvidenceGroup, { nullable: true, description: 'the group of an evidence file' })
  evidenceGroup(@Root() file: NominationFile): EvidenceGroup | null {
    return file.evidenceKind ? evidenceGroupOf(file.evidenceKind) : null;
  }
}
