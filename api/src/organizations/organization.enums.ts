import { registerEnumType } from 'type-graphql';

/**
 * Kinds of organization, as the notice sorts them. The first five nominate directly; the three
 * enterprise kinds after PROMOTION_DEPARTMENT are nominated by the association's promotion department.
 */
export enum OrganizationType {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  INDUSTRY_ASSOCIATION = 'INDUSTRY_ASSOCIATION',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  QUALITY_INFRASTRUCTURE = 'QUALITY_INFRASTRUCTURE',
  STATE_OWNED_GROUP = 'STATE_OWNED_GROUP',
  PROMOTION_DEPARTMENT = 'PROMOTION_DEPARTMENT',
  FOREIGN_INVESTED = 'FOREIGN_INVESTED',
  SPECIALIZED_SME = 'SPECIALIZED_SME',
  HIGH_TECH_PRIVATE = 'HIGH_TECH_PRIVATE',
  OTHER_ENTERPRISE = 'OTHER_ENTERPRISE',
}
registerEnumType(OrganizationType, { name: 'OrganizationType' });
