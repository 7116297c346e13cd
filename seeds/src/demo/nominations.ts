import { createHash } from 'node:crypto';
import {
  ApplicationRecord,
  type AwardCategory,
  type AwardCycle,
  Completer,
  CompletingOrganization,
  EconomicBenefit,
  EvidenceKind,
  type ExpertiseField,
  FilePurpose,
  type FormSection,
  type Grade,
  IdDocumentType,
  Innovation,
  IntellectualProperty,
  type IntellectualPropertyKind,
  Nomination,
  NominationFile,
  NominationTransition,
  type Organization,
  Registration,
  NominationStatus as S,
  type User,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import { NOMINATIONS } from '../data/nominations.js';
import type { NominationSeed } from '../data/types.js';
import { pathTo } from './lifecycle-path.js';
import { shanghai } from './shanghai-time.js';

/** When each step of the 2024 demo happened, who took it, and why. */
const STEPS: Record<S, { at: string; by: 'nominator' | 'secretariat' | 'chair'; reason: string }> = {
  [S.DRAFT]: { at: '2024-04-25 10:00', by: 'nominator', reason: '创建提名书' },
  [S.SUBMITTED]: { at: '2024-05-20 15:00', by: 'nominator', reason: '提交提名书' },
  [S.RETURNED]: { at: '2024-06-12 11:00', by: 'secretariat', reason: '' },
  [S.ACCEPTED]: { at: '2024-06-12 11:00', by: 'secretariat', reason: '形式审查通过' },
  [S.PRELIMINARY_REVIEW]: { at: '2024-07-01 09:00', by: 'secretariat', reason: '进入初评' },
  [S.RE_REVIEW]: { at: '2024-09-02 09:00', by: 'chair', reason: '初评结束，进入复评' },
  [S.PUBLICITY]: { at: '2024-09-16 09:00', by: 'chair', reason: '复评通过，进入公示' },
  [S.APPROVED]: { at: '2024-10-10 10:00', by: 'chair', reason: '公示期满无异议，审定通过' },
  [S.NOT_AWARDED]: { at: '2024-09-13 17:00', by: 'chair', reason: '复评表决未达授奖等级' },
  [S.WITHDRAWN]: { at: '2024-06-20 14:00', by: 'nominator', reason: '项目完成单位调整，提名单位申请撤回' },
  [S.REVOKED]: {
    at: '2024-11-05 10:00',
    by: 'chair',
    reason: '经核查，提名材料中应用证明存在不实情况，撤销奖励',
  },
};

/** Evidence every submitted demo nomination carries: at least one file per required group. */
const EVIDENCE: [EvidenceKind, string][] = [
  [EvidenceKind.NOVELTY_SEARCH, '科技查新报告.pdf'],
  [EvidenceKind.PATENT_CERTIFICATE, '发明专利证书.pdf'],
  [EvidenceKind.APPRAISAL, '科技成果评价报告.pdf'],
  [EvidenceKind.TEST_REPORT, '第三方检测报告.pdf'],
  [EvidenceKind.USER_REPORT, '应用证明.pdf'],
];

export interface SeededNomination {
  nomination: Nomination;
  seed: NominationSeed;
  /** the nominator and every completing organization: their staff may not review it */
  organizationKeys: Set<string>;
}

interface Context {
  cycle: AwardCycle;
  fieldsByCode: Map<string, ExpertiseField>;
  organizationsByKey: Map<string, Organization>;
  nominatorUserByOrganizationKey: Map<string, User>;
  secretariat: User;
  chair: User;
}

export function seedNominations(em: EntityManager, context: Context): SeededNomination[] {
  const numbers = new Map<string, number>();
  const registered = new Set<string>();
  return NOMINATIONS.map((seed) => {
    const prefix = seed.category === 'INVENTION' ? 'INV' : 'PRG';
    const number = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, number);
    const code = `${prefix}-${context.cycle.year}-${String(number).padStart(3, '0')}`;
    if (!registered.has(seed.nominatorKey)) {
      registered.add(seed.nominatorKey);
      em.create(Registration, {
        cycle: context.cycle,
        organization: organizationOf(context, seed.nominatorKey),
        registeredBy: context.nominatorUserByOrganizationKey.get(seed.nominatorKey),
        registeredAt: shanghai('2024-04-15 10:00'),
      });
    }
    const nomination = createForm(em, context, seed, code);
    recordHistory(em, context, seed, nomination);
    if (nomination.submittedAt) attachFiles(em, seed, nomination);
    return {
      nomination,
      seed,
      organizationKeys: new Set([seed.nominatorKey, ...seed.completingOrganizationKeys]),
    };
  });
}

function organizationOf(context: Context, key: string): Organization {
  const organization = context.organizationsByKey.get(key);
  if (!organization) throw new Error(`demo data names an unknown organization ${key}`);
  return organization;
}

function createForm(em: EntityManager, context: Context, seed: NominationSeed, code: string): Nomination {
  const nomination = em.create(Nomination, {
    cycle: context.cycle,
    code,
    category: seed.category as AwardCategory,
    status: seed.status as S,
    nominator: organizationOf(context, seed.nominatorKey),
    createdBy: context.nominatorUserByOrganizationKey.get(seed.nominatorKey),
    projectName: seed.projectName,
    field: context.fieldsByCode.get(seed.fieldCode) as ExpertiseField,
    industry: seed.industry,
    taskSource: seed.taskSource,
    startDate: seed.startDate,
    endDate: seed.endDate,
    inventionPatentCount: seed.inventionPatentCount,
    otherIpCount: seed.otherIpCount,
    proposedGrade: seed.proposedGrade as Grade | null,
    summary: seed.summary,
    objectiveEvaluation: seed.objectiveEvaluation,
    economicBasis: seed.economicBasis,
    socialBenefit: seed.socialBenefit,
    nominatorOpinion: seed.nominatorOpinion,
    declaresTruthfulness: seed.status !== S.DRAFT,
    declaresNoFee: seed.status !== S.DRAFT,
    submittedAt: seed.status === S.DRAFT ? null : shanghai(STEPS[S.SUBMITTED].at),
    createdAt: shanghai(STEPS[S.DRAFT].at),
  });
  seed.completingOrganizationKeys.forEach((key, index) => {
    em.create(CompletingOrganization, {
      nomination,
      position: index + 1,
      organization: organizationOf(context, key),
    });
  });
  seed.completers.forEach((completer, index) => {
    em.create(Completer, {
      nomination,
      position: index + 1,
      ...completer,
      idDocumentType: completer.idDocumentType as IdDocumentType,
    });
  });
  seed.innovations.forEach((content, index) => {
    em.create(Innovation, { nomination, position: index + 1, content });
  });
  seed.applications.forEach((application, index) => {
    em.create(ApplicationRecord, { nomination, position: index + 1, ...application });
  });
  for (const benefit of seed.economicBenefits) em.create(EconomicBenefit, { nomination, ...benefit });
  seed.intellectualProperty.forEach((item, index) => {
    em.create(IntellectualProperty, {
      nomination,
      position: index + 1,
      ...item,
      kind: item.kind as IntellectualPropertyKind,
    });
  });
  return nomination;
}

function recordHistory(
  em: EntityManager,
  context: Context,
  seed: NominationSeed,
  nomination: Nomination,
): void {
  const path = pathTo(seed.status as S);
  path.forEach((status, index) => {
    const step = STEPS[status];
    const actor =
      step.by === 'nominator'
        ? context.nominatorUserByOrganizationKey.get(seed.nominatorKey)
        : step.by === 'secretariat'
          ? context.secretariat
          : context.chair;
    em.create(NominationTransition, {
      nomination,
      fromStatus: index === 0 ? null : path[index - 1],
      toStatus: status,
      actor,
      reason: status === S.RETURNED ? (seed.returnReason?.reason ?? '材料不完整') : step.reason,
      sectionReasons:
        status === S.RETURNED && seed.returnReason
          ? [{ section: seed.returnReason.section as FormSection, reason: seed.returnReason.reason }]
          : [],
      at: shanghai(step.at),
    });
  });
}

/** Metadata of the stamped form, the signed pledge and the evidence (demo content hashes). */
function attachFiles(em: EntityManager, seed: NominationSeed, nomination: Nomination): void {
  const files: [FilePurpose, EvidenceKind | null, string][] = [
    [FilePurpose.STAMPED_FORM, null, `提名书（盖章）-${nomination.code}.pdf`],
    [FilePurpose.SIGNED_PLEDGE, null, `第一完成人承诺书-${nomination.code}.pdf`],
    ...EVIDENCE.map(([kind, name]): [FilePurpose, EvidenceKind, string] => [
      FilePurpose.EVIDENCE,
      kind,
      name,
    ]),
  ];
  for (const [purpose, evidenceKind, fileName] of files) {
    const sha256 = createHash('sha256').update(`${seed.key}/${fileName}`).digest('hex');
    em.create(NominationFile, {
      nomination,
      purpose,
      evidenceKind,
      fileName,
      mediaType: 'application/pdf',
      sizeBytes: 180_000 + (Number.parseInt(sha256.slice(0, 4), 16) % 900_000),
      sha256,
      storageKey: `demo/${sha256}`,
      uploadedBy: nomination.createdBy,
      uploadedAt: shanghai('2024-05-20 14:00'),
    });
  }
}
