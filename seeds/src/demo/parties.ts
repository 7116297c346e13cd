import { hashPassword } from '@award/api/domain';
import {
  type AwardCycle,
  Expert,
  ExpertEmployment,
  ExpertField,
  type ExpertiseField,
  Organization,
  OrganizationType,
  type Role,
  User,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { ACCOUNTS, DEMO_PASSWORD } from '../data/accounts.js';
import { EXPERTS } from '../data/experts.js';
import { ORGANIZATIONS } from '../data/organizations.js';

export interface SeededParties {
  organizationsByKey: Map<string, Organization>;
  usersByEmail: Map<string, User>;
  /** the nominator account of each organization that nominates */
  nominatorUserByOrganizationKey: Map<string, User>;
  experts: SeededExpert[];
}

export interface SeededExpert {
  expert: Expert;
  fieldCodes: { primary: string; secondary: string[] };
  /** current and recent employers: reviewing their nominations is a conflict of interest */
  organizationKeys: Set<string>;
}

/** Organizations, the demo accounts of every role (one password), and the expert pool. */
export async function seedParties(
  em: EntityManager,
  cycle: AwardCycle,
  fieldsByCode: Map<string, ExpertiseField>,
): Promise<SeededParties> {
  const organizationsByKey = new Map(
    ORGANIZATIONS.map(({ key, type, ...fields }) => [
      key,
      em.create(Organization, { ...fields, type: type as OrganizationType }),
    ]),
  );

  // One hash for every demo account: Argon2id is slow on purpose, and the password is the same.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const usersByEmail = new Map<string, User>();
  const nominatorUserByOrganizationKey = new Map<string, User>();
  for (const account of ACCOUNTS) {
    const organization = account.organizationKey ? organizationsByKey.get(account.organizationKey) : null;
    const user = em.create(User, {
      email: account.email,
      displayName: account.displayName,
      passwordHash,
      roles: account.roles as Role[],
      organization,
    });
    usersByEmail.set(account.email, user);
    if (account.organizationKey && account.roles.includes('NOMINATOR')) {
      nominatorUserByOrganizationKey.set(account.organizationKey, user);
    }
  }

  const experts = EXPERTS.map((seed) => {
    const expert = em.create(Expert, {
      cycle,
      user: usersByEmail.get(seed.email),
      name: seed.name,
      title: seed.title,
      employer: organizationsByKey.get(seed.employerKey),
      phone: seed.phone,
      maxLoad: seed.maxLoad,
      declarationAcceptedAt: new Date('2024-06-25T02:00:00Z'),
    });
    em.create(ExpertField, {
      expert,
      field: fieldsByCode.get(seed.primaryField) as ExpertiseField,
      isPrimary: true,
    });
    for (const code of seed.secondaryFields) {
      em.create(ExpertField, { expert, field: fieldsByCode.get(code) as ExpertiseField, isPrimary: false });
    }
    for (const key of seed.pastEmployerKeys) {
      em.create(ExpertEmployment, {
        expert,
        organization: organizationsByKey.get(key) as Organization,
        endedOn: '2022-12-31',
      });
    }
    return {
      expert,
      fieldCodes: { primary: seed.primaryField, secondary: seed.secondaryFields },
      organizationKeys: new Set([seed.employerKey, ...seed.pastEmployerKeys]),
    };
  });

  return { organizationsByKey, usersByEmail, nominatorUserByOrganizationKey, experts };
}
