import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Organization } from '../organizations/organization.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { evidenceGroupOf } from './evidence-groups.js';
import { EvidenceGroup } from './nomination.enums.js';
import { NominationFile } from './nomination-file.entity.js';

@Resolver(() => CompletingOrganization)
export class CompletingOrganizationResolver {
  @FieldResolver(() => Organization)
  organization(@Root() row: CompletingOrganization, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Organization).load(row.organization.id);
  }
}

@Resolver(() => NominationFile)
export class NominationFileResolver {
  @FieldResolver(() => EvidenceGroup, { nullable: true, description: 'the group of an evidence file' })
  evidenceGroup(@Root() file: NominationFile): EvidenceGroup | null {
    return file.evidenceKind ? evidenceGroupOf(file.evidenceKind) : null;
  }
}
