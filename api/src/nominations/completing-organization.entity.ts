import { Check, Entity, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { NominationRow } from './nomination-row.js';

/** An organization credited (主要完成单位), in order. */
@ObjectType({ description: '主要完成单位' })
@Entity()
@Unique({ properties: ['nomination', 'position'] })
@Unique({ properties: ['nomination', 'organization'] })
@Check({ name: 'completing_organization_position_check', expression: 'position >= 1' })
export class CompletingOrganization extends NominationRow {
  @ManyToOne(() => Organization)
  organization!: Organization;
}
