import { DomainError } from '../errors.js';
import { OrganizationType } from './organization.enums.js';

/**
 * Who may nominate (award-rules.md, 提名资格): the five kinds entitled to nominate directly, and the
 * association's promotion department, which nominates foreign-invested, 专精特新 and high-tech private
 * enterprises on their behalf. Those enterprises, and others, may not nominate themselves.
 */
export const NOMINATING_TYPES: ReadonlySet<OrganizationType> = new Set([
  OrganizationType.GOVERNMENT_DEPARTMENT,
  OrganizationType.INDUSTRY_ASSOCIATION,
  OrganizationType.PUBLIC_INSTITUTION,
  OrganizationType.QUALITY_INFRASTRUCTURE,
  OrganizationType.STATE_OWNED_GROUP,
  OrganizationType.PROMOTION_DEPARTMENT,
]);

/** The enterprises the promotion department nominates on their behalf. */
export const NOMINATED_BY_PROMOTION_DEPARTMENT: ReadonlySet<OrganizationType> = new Set([
  OrganizationType.FOREIGN_INVESTED,
  OrganizationType.SPECIALIZED_SME,
  OrganizationType.HIGH_TECH_PRIVATE,
]);

export function assertMayNominate(type: OrganizationType): void {
  if (NOMINATING_TYPES.has(type)) return;
  const message = NOMINATED_BY_PROMOTION_DEPARTMENT.has(type)
    ? {
        en: "This kind of enterprise is nominated by the association's promotion department, not by itself.",
        zh: '此类企业由协会推广部代为提名，不能自行提名。',
      }
    : { en: 'This kind of organization may not nominate.', zh: '此类单位不具备提名资格。' };
  throw new DomainError('FORBIDDEN', message, { rule: 'NOMINATOR_ELIGIBILITY', organizationType: type });
}
