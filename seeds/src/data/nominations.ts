import { createPrng } from '@award/api/domain';
import { CREDIT_LIMITS, creditLimitFor, type ProposedGrade } from './credit-limits.js';
import { EXPERTS } from './experts.js';
import { buildIntellectualProperty, countOtherIp } from './intellectual-property.js';
import {
  buildApplications,
  buildCompleters,
  buildEconomicBenefits,
  createPeopleRegistry,
  type PeopleRegistry,
} from './nomination-records.js';
import {
  economicBasisFor,
  innovationsFor,
  nominatorOpinionFor,
  objectiveEvaluationFor,
  RETURN_REASONS,
  socialBenefitFor,
  summaryFor,
  taskSourceFor,
} from './nomination-text.js';
import type { ProjectTheme } from './project-theme.js';
import { PROJECT_THEMES } from './themes/index.js';
import type { NominationSeed, NominationStage, ReturnReason } from './types.js';

/**
 * The demo nominations of the 2024 cycle: one per theme, spread over every stage of the review.
 * All the variation (stage, proposed grade, people, figures) comes from seeded generators, so the
 * data is identical on every run.
 */

type Category = NominationSeed['category'];

/** How many nominations of each category sit at each stage. */
const STAGE_PLAN: Record<Category, [NominationStage, number][]> = {
  INVENTION: [
    ['DRAFT', 2],
    ['SUBMITTED', 2],
    ['RETURNED', 2],
    ['ACCEPTED', 2],
    ['PRELIMINARY_REVIEW', 10],
    ['RE_REVIEW', 3],
    ['PUBLICITY', 3],
    ['APPROVED', 3],
    ['NOT_AWARDED', 2],
    ['WITHDRAWN', 2],
    ['REVOKED', 1],
  ],
  PROGRESS: [
    ['DRAFT', 2],
    ['SUBMITTED', 2],
    ['RETURNED', 2],
    ['ACCEPTED', 2],
    ['PRELIMINARY_REVIEW', 10],
    ['RE_REVIEW', 3],
    ['PUBLICITY', 3],
    ['APPROVED', 3],
    ['NOT_AWARDED', 2],
    ['WITHDRAWN', 1],
    ['REVOKED', 2],
  ],
};

const GRADES: ProposedGrade[] = ['FIRST', 'SECOND', 'THIRD'];

function stagesFor(category: Category, count: number): NominationStage[] {
  const stages = STAGE_PLAN[category].flatMap(([stage, n]) => Array<NominationStage>(n).fill(stage));
  if (stages.length !== count)
    throw new Error(`stage plan of ${category} covers ${stages.length} of ${count} themes`);
  return createPrng(`stages:${category}`).shuffle(stages);
}

function buildNomination(
  theme: ProjectTheme,
  status: NominationStage,
  returnReason: ReturnReason | undefined,
  registry: PeopleRegistry,
): NominationSeed {
  const prng = createPrng(`nomination:${theme.key}`);
  const organizationCount = theme.organizationKeys.length;
  const grades = GRADES.filter(
    (grade) => CREDIT_LIMITS[theme.category][grade].organizations >= organizationCount,
  );
  const proposedGrade = prng.pick<ProposedGrade | null>([...grades, null]);
  const peopleLimit = creditLimitFor(theme.category, proposedGrade).people;
  const completers = buildCompleters(
    theme,
    prng.int(Math.max(organizationCount, 3), peopleLimit),
    prng,
    registry,
  );

  const startYear = prng.int(2017, 2020);
  const endYear = prng.int(2022, 2023);
  const taskSource = taskSourceFor(theme, prng);
  const economicBenefits = buildEconomicBenefits(theme, prng);
  const intellectualProperty = buildIntellectualProperty(theme, completers, startYear, prng);

  return {
    key: theme.key,
    category: theme.category,
    status,
    projectName: theme.projectName,
    fieldCode: theme.fieldCode,
    industry: theme.industry,
    taskSource,
    startDate: `${startYear}-${String(prng.int(1, 12)).padStart(2, '0')}-01`,
    endDate: `${endYear}-${prng.pick(['06-30', '12-31'])}`,
    inventionPatentCount: intellectualProperty.filter((item) => item.kind === 'INVENTION_PATENT').length,
    otherIpCount: countOtherIp(intellectualProperty),
    proposedGrade,
    nominatorKey: theme.nominatorKey,
    completingOrganizationKeys: [...theme.organizationKeys],
    completers,
    summary: summaryFor(theme, taskSource, startYear, endYear, economicBenefits, intellectualProperty, prng),
    innovations: innovationsFor(theme, intellectualProperty),
    objectiveEvaluation: objectiveEvaluationFor(theme, prng),
    applications: buildApplications(theme, startYear, prng),
    economicBenefits,
    economicBasis: economicBasisFor(theme),
    socialBenefit: socialBenefitFor(theme),
    intellectualProperty,
    nominatorOpinion: nominatorOpinionFor(theme, proposedGrade),
    ...(returnReason ? { returnReason } : {}),
  };
}

function buildNominations(): NominationSeed[] {
  // Experts never double as completers, so an expert's recusal is only ever for the organizations it works for.
  const registry = createPeopleRegistry(EXPERTS.map((expert) => expert.name));
  let returned = 0;
  return (['INVENTION', 'PROGRESS'] as const).flatMap((category) => {
    const themes = PROJECT_THEMES.filter((theme) => theme.category === category);
    const stages = stagesFor(category, themes.length);
    return themes.map((theme, i) => {
      const returnReason =
        stages[i] === 'RETURNED' ? RETURN_REASONS[returned++ % RETURN_REASONS.length] : undefined;
      return buildNomination(theme, stages[i], returnReason, registry);
    });
  });
}

export const NOMINATIONS: NominationSeed[] = buildNominations();
