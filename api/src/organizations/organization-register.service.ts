import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput } from '../errors.js';
import { explainCreditCodeError } from './credit-code.js';
import { Organization } from './organization.entity.js';
import { OrganizationType } from './organization.enums.js';

/**
 * A completing organization that is not in the register yet, added by a nominator as it fills in its
 * form: its unified social credit code must be valid (GB 32100, check character included); a code
 * already known gives the organization on record, never renamed by a nominator. Audited when added.
 */
export async function recordCompletingOrganization(
  em: EntityManager,
  viewer: Viewer,
  input: { creditCode: string; name: string },
): Promise<Organization> {
  const creditCode = input.creditCode.trim().toUpperCase();
  const problem = explainCreditCodeError(creditCode);
  if (problem) throw badInput('creditCode', problem);
  const name = input.name.trim();
  if (name === '') throw badInput('name', 'is required');
  if ([...name].length > 200) throw badInput('name', 'at most 200 characters');
  const known = await em.findOne(Organization, { creditCode });
  if (known) return known;
  // Completing organizations may be of any kind; nominating rights are checked on the nominator only.
  const organization = em.create(Organization, { creditCode, name, type: OrganizationType.OTHER_ENTERPRISE });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'ORGANIZATION_RECORDED',
    entityType: 'Organization',
    entityId: organization.id,
    after: { creditCode, name },
  });
  return organization;
}
