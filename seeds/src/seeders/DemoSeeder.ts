import type { User } from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { seedClosing } from '../demo/closing.js';
import { seedCycle } from '../demo/cycle.js';
import { seedNominations } from '../demo/nominations.js';
import { seedParties } from '../demo/parties.js';
import { seedReview } from '../demo/review.js';

/** The demo 2024 cycle of award-rules.md, with organizations, accounts, experts and nominations at every stage. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const { cycle, fieldsByCode, criteriaByCategory, rubricsByCategory } = seedCycle(em);
    const parties = await seedParties(em, cycle, fieldsByCode);
    const secretariat = parties.usersByEmail.get('secretariat@example.com') as User;
    const chair = parties.usersByEmail.get('chair@example.com') as User;
    const nominations = seedNominations(em, {
      cycle,
      fieldsByCode,
      organizationsByKey: parties.organizationsByKey,
      nominatorUserByOrganizationKey: parties.nominatorUserByOrganizationKey,
      secretariat,
      chair,
    });
    seedReview(
      em,
      { cycle, criteriaByCategory, rubricsByCategory, secretariat },
      nominations,
      parties.experts,
    );
    await seedClosing(
      em,
      cycle,
      chair,
      nominations.map(({ nomination }) => nomination),
    );
    await em.flush();
  }
}
