import { createPrng, creditCodeCheckCharacter, hashPassword } from '@award/api/domain';
import {
  Assignment,
  AssignmentStatus,
  AwardCategory,
  Completer,
  CompletingOrganization,
  Criterion,
  EconomicBenefit,
  Expert,
  ExpertField,
  IdDocumentType,
  Innovation,
  Nomination,
  NominationStatus,
  Organization,
  OrganizationType,
  Role,
  Rubric,
  User,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { DEMO_PASSWORD } from '../data/accounts.js';
import { seedCycle } from '../demo/cycle.js';
import { scoreSheet } from '../demo/review.js';

export interface SyntheticOptions {
  nominations: number;
  experts: number;
  reviewersPerNomination: number;
  /** the share of score sheets left as drafts part-way through, to be submitted by a benchmark */
  draftShare: number;
  year: number;
}

const BATCH = 250;

/** A credit code with a valid check character, unique per sequence number. */
function creditCode(sequence: number): string {
  const first17 = `913100${String(sequence).padStart(11, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/**
 * A large cycle for benchmarks: organizations, experts (with accounts synthetic-expertN@example.com),
 * nominations in preliminary review with their form rows, k reviewers each and their sheets, submitted
 * but for `draftShare` of them. Returns the cycle's id.
 * Written in batches, clearing the identity map between them, so memory stays flat at any scale.
 */
export async function generateSyntheticCycle(em: EntityManager, options: SyntheticOptions): Promise<string> {
  const prng = createPrng(`synthetic/${options.year}`);
  const { cycle, fieldsByCode, criteriaByCategory, rubricsByCategory } = seedCycle(em, options.year);
  const fields = [...fieldsByCode.values()];
  const organizationCount = Math.max(10, Math.ceil(options.nominations / 5));
  const organizations = Array.from({ length: organizationCount }, (_, index) =>
    em.create(Organization, {
      name: `合成单位${options.year}-${index + 1}`,
      creditCode: creditCode(options.year * 1_000_000 + index),
      type: index % 3 === 0 ? OrganizationType.STATE_OWNED_GROUP : OrganizationType.PUBLIC_INSTITUTION,
    }),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const experts = Array.from({ length: options.experts }, (_, index) => {
    const user = em.create(User, {
      email: `synthetic${options.year}-expert${index + 1}@example.com`,
      displayName: `合成专家${index + 1}`,
      passwordHash,
      roles: [Role.EXPERT],
    });
    const expert = em.create(Expert, {
      cycle,
      user,
      name: `合成专家${index + 1}`,
      title: '高级工程师',
      employer: organizations[index % organizationCount],
      // The database caps a load at 200 per stage.
      maxLoad: Math.min(
        200,
        Math.ceil((options.nominations * options.reviewersPerNomination) / options.experts) + 5,
      ),
    });
    em.create(ExpertField, { expert, field: fields[index % fields.length], isPrimary: true });
    return expert;
  });
  await em.flush();

  const ids = {
    cycle: cycle.id,
    organizations: organizations.map((organization) => organization.id),
    experts: experts.map((expert) => expert.id),
    fields: fields.map((field) => field.id),
  };
  // Reviewers come from the nomination's field, as the solver would pick them.
  const expertsByField = ids.fields.map((_, field) =>
    ids.experts.filter((_, expert) => expert % fields.length === field),
  );
  if (expertsByField.some((pool) => pool.length < options.reviewersPerNomination)) {
    throw new Error(
      `--experts must be at least ${options.reviewersPerNomination * fields.length}: k reviewers in each field`,
    );
  }
  for (let start = 0; start < options.nominations; start += BATCH) {
    em.clear();
    // Rubrics and criteria stay in use across batches: re-attach them after the identity map is cleared.
    const rubricOf = (category: AwardCategory) => em.merge(rubricsByCategory.get(category) as Rubric);
    const criteriaOf = (category: AwardCategory) =>
      (criteriaByCategory.get(category) as Criterion[]).map((criterion) => em.merge(criterion));
    for (let index = start; index < Math.min(start + BATCH, options.nominations); index++) {
      const category = index % 2 === 0 ? AwardCategory.INVENTION : AwardCategory.PROGRESS;
      const fieldIndex = index % ids.fields.length;
      const nominator = ids.organizations[index % ids.organizations.length];
      const nomination = em.create(Nomination, {
        cycle: ids.cycle,
        code: `SYN-${options.year}-${String(index + 1).padStart(6, '0')}`,
        category,
        status: NominationStatus.PRELIMINARY_REVIEW,
        nominator,
        projectName: `合成项目${index + 1}`,
        field: ids.fields[fieldIndex],
        summary: '用于性能基准测试的合成提名。',
        submittedAt: new Date(),
      });
      em.create(CompletingOrganization, { nomination, position: 1, organization: nominator });
      for (let position = 1; position <= 3; position++) {
        em.create(Completer, {
          nomination,
          position,
          name: `完成人${position}`,
          idDocumentType: IdDocumentType.OTHER,
          idDocumentNumber: `SYN${index}-${position}`,
          employer: '合成单位',
          title: '工程师',
          contribution: '主要完成人',
        });
        em.create(EconomicBenefit, { nomination, year: 2020 + position, newSales: 100 * position });
      }
      em.create(Innovation, { nomination, position: 1, content: '合成创新点。' });
      const reviewers = prng.sample(expertsByField[fieldIndex], options.reviewersPerNomination);
      for (const expert of reviewers) {
        const assignment = em.create(Assignment, { nomination, expert, status: AssignmentStatus.ACCEPTED });
        scoreSheet(em, prng, {
          assignment,
          rubric: rubricOf(category),
          criteria: criteriaOf(category),
          quality: prng.amount(0.55, 0.97, 3),
          thresholds: cycle,
          isSubmitted: !prng.chance(options.draftShare),
          submittedAt: new Date(),
        });
      }
    }
    await em.flush();
  }
  return ids.cycle;
}
