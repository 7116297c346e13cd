import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { assertId } from '../db/find-by-id.js';
import { badInput } from '../errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { ApplicationRecord } from './application-record.entity.js';
import { benefitYearsOf } from './benefit-years.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { EconomicBenefit } from './economic-benefit.entity.js';
import { Innovation } from './innovation.entity.js';
import { IntellectualProperty } from './intellectual-property.entity.js';
import type { Nomination } from './nomination.entity.js';
import type { NominationDraftInput } from './nomination-draft.types.js';
import { assertEconomicBenefits } from './nomination-table-rules.js';

/** Replaces each list the save gives (innovations, completers, completing organizations) in its new order. */
export async function replaceLists(
  em: EntityManager,
  nomination: Nomination,
  input: NominationDraftInput,
  after: Record<string, unknown>,
): Promise<void> {
  if (input.innovations) {
    await em.nativeDelete(Innovation, { nomination });
    for (const [i, content] of input.innovations.entries()) {
      em.create(Innovation, { nomination, position: i + 1, content });
    }
    after.innovations = input.innovations.length;
  }
  if (input.completers) {
    await em.nativeDelete(Completer, { nomination });
    for (const [i, completer] of input.completers.entries()) {
      em.create(Completer, { nomination, position: i + 1, ...completer });
    }
    after.completers = input.completers.map((completer) => completer.name);
  }
  if (input.completingOrganizationIds) {
    for (const [i, id] of input.completingOrganizationIds.entries())
      assertId(`completingOrganizationIds[${i}]`, id);
    const found = await em.count(Organization, { id: { $in: input.completingOrganizationIds } });
    if (found !== input.completingOrganizationIds.length)
      throw badInput('completingOrganizationIds', {
        en: 'names an organization that is not registered in the system',
        zh: '含有未在系统中登记的单位',
      });
    await em.nativeDelete(CompletingOrganization, { nomination });
    for (const [i, organization] of input.completingOrganizationIds.entries()) {
      em.create(CompletingOrganization, { nomination, position: i + 1, organization });
    }
    after.completingOrganizationIds = input.completingOrganizationIds;
  }
  if (input.applications) {
    await em.nativeDelete(ApplicationRecord, { nomination });
    for (const [i, row] of input.applications.entries()) {
      em.create(ApplicationRecord, { nomination, position: i + 1, ...row });
    }
    after.applications = input.applications.length;
  }
  if (input.economicBenefits) {
    const cycle = await em.findOneOrFail(AwardCycle, nomination.cycle.id);
    assertEconomicBenefits(input.economicBenefits, benefitYearsOf(cycle.year));
    await em.nativeDelete(EconomicBenefit, { nomination });
    for (const row of input.economicBenefits) em.create(EconomicBenefit, { nomination, ...row });
    after.economicBenefits = input.economicBenefits;
  }
  if (input.intellectualProperty) {
    await em.nativeDelete(IntellectualProperty, { nomination });
    for (const [i, row] of input.intellectualProperty.entries()) {
      em.create(IntellectualProperty, { nomination, position: i + 1, ...row });
    }
    after.intellectualProperty = input.intellectualProperty.length;
  }
  // Counted by the caller after a flush of the new rows.
  await em.flush();
}
