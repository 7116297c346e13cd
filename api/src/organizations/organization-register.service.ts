import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput } from '../errors.js';
import { creditCodeProblem } from './credit-code.js';
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
  const problem = creditCodeProblem(creditCode);
  if (problem) throw badInput('creditCode', problem);
  const name = input.name.trim();
  if (name === '') throw badInput('name', { en: 'is required', zh: '必须填写' }, '单位名称');
  if ([...name].length > 200)
    throw badInput('name', { en: 'at most 200 characters', zh: '最多 200 个字符' }, '单位名称');
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
