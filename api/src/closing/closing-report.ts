import { reviewTerms } from '@award/schema/terms';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { CategoryConfig } from '../cycles/category-config.entity.js';
import { AwardCategory, type Grade } from '../cycles/cycle.enums.js';
import { findById } from '../db/find-by-id.js';
import { GRADE_ZH } from '../documents/form-labels.js';
import type { TableColumn } from '../documents/printed-document.js';
import type { Bilingual } from '../i18n/text.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { NominationResult } from '../results/nomination-result.entity.js';
import { FinalEntry, FinalList } from './final-list.entity.js';

/** The exports of closing the cycle: the preliminary ranking, the re-review results, the final list. */
export enum ReportKind {
  RANKINGS = 'rankings',
  RESULTS = 'results',
  FINAL_LIST = 'final-list',
}

export type ReportCell = string | number | null;

/** One category's table. */
export interface ReportSection {
  heading: string;
  columns: TableColumn[];
  rows: ReportCell[][];
  /** Said under the table when there is nothing to list yet. */
  note?: string;
}

/** What an export says, in Chinese, independent of the format it is written in (xlsx or PDF). */
export interface ClosingReport {
  kind: ReportKind;
  title: string;
  subtitle: string[];
  sections: ReportSection[];
  cycle: AwardCycle;
}

/** Each export's name, after the cycle's: the Chinese is printed on it, both name its file. */
export const REPORT_TITLES: Record<ReportKind, Bilingual> = {
  [ReportKind.RANKINGS]: { zh: '初评排名表', en: 'preliminary ranking' },
  [ReportKind.RESULTS]: { zh: '评审结果表', en: 'review results' },
  [ReportKind.FINAL_LIST]: { zh: '审定获奖名单', en: 'approved award list' },
};

/** Nominations a ranking or a result lists: ranked, and not withdrawn or revoked before a grade. */
const REVIEWED = [
  NominationStatus.PRELIMINARY_REVIEW,
  NominationStatus.RE_REVIEW,
  NominationStatus.PUBLICITY,
  NominationStatus.APPROVED,
  NominationStatus.NOT_AWARDED,
  NominationStatus.REVOKED,
];

const PAST_RE_REVIEW = [
  NominationStatus.PUBLICITY,
  NominationStatus.APPROVED,
  NominationStatus.NOT_AWARDED,
  NominationStatus.REVOKED,
];

const grade = (value: Grade | null | undefined) => (value ? GRADE_ZH[value] : '');
const score = (value: number | null | undefined) => (value == null ? null : Number(value));

export async function buildClosingReport(
  em: EntityManager,
  cycleId: string,
  kind: ReportKind,
): Promise<ClosingReport> {
  const cycle = await findById(em, AwardCycle, cycleId, 'cycleId');
  const configs = await em.find(CategoryConfig, { cycle });
  const nameOf = (category: AwardCategory) =>
    configs.find((config) => config.category === category)?.nameZh ?? category;
  const sections: ReportSection[] = [];
  for (const category of Object.values(AwardCategory)) {
    const heading = nameOf(category);
    if (kind === ReportKind.RANKINGS) sections.push(await rankingSection(em, cycle, category, heading));
    else if (kind === ReportKind.RESULTS) sections.push(await resultSection(em, cycle, category, heading));
    else sections.push(await finalListSection(em, cycle, category, heading));
  }
  return {
    kind,
    title: `${cycle.nameZh}${REPORT_TITLES[kind].zh}`,
    subtitle: [cycle.noticeNumber],
    sections,
    cycle,
  };
}

async function resultsOf(
  em: EntityManager,
  cycle: AwardCycle,
  category: AwardCategory,
  statuses: NominationStatus[],
) {
  return em.find(
    NominationResult,
    { nomination: { cycle, category, status: { $in: statuses } } },
    { populate: ['nomination.nominator'], orderBy: { rank: 'asc', nomination: { code: 'asc' } } },
  );
}

async function rankingSection(
  em: EntityManager,
  cycle: AwardCycle,
  category: AwardCategory,
  heading: string,
): Promise<ReportSection> {
  const results = await resultsOf(em, cycle, category, REVIEWED);
  return {
    heading,
    columns: [
      { title: reviewTerms.rank.zh, width: 4, isUnbroken: true },
      { title: reviewTerms.code.zh, width: 9, isUnbroken: true },
      { title: reviewTerms.projectName.zh, width: 16 },
      { title: reviewTerms.nominator.zh, width: 14 },
      { title: reviewTerms.officialScore.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.plainMean.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.median.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.severityAdjusted.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.sheetCount.zh, width: 5, isUnbroken: true },
      { title: reviewTerms.recommendedGrade.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.disagreement.zh, width: 5, isUnbroken: true },
    ],
    rows: results.map((result) => [
      result.rank == null ? null : result.isTied ? `${result.rank}（并列）` : result.rank,
      result.nomination.code,
      result.nomination.projectName,
      result.nomination.nominator.name,
      score(result.officialScore),
      score(result.plainMean),
      score(result.median),
      score(result.severityAdjusted),
      result.sheetCount,
      grade(result.recommendedGrade),
      result.hasDisagreement ? '是' : '否',
    ]),
    note: results.length === 0 ? '尚无初评结果。' : undefined,
  };
}

async function resultSection(
  em: EntityManager,
  cycle: AwardCycle,
  category: AwardCategory,
  heading: string,
): Promise<ReportSection> {
  const results = await resultsOf(em, cycle, category, PAST_RE_REVIEW);
  return {
    heading,
    columns: [
      { title: `初评${reviewTerms.rank.zh}`, width: 5, isUnbroken: true },
      { title: reviewTerms.code.zh, width: 9, isUnbroken: true },
      { title: reviewTerms.projectName.zh, width: 18 },
      { title: reviewTerms.nominator.zh, width: 16 },
      { title: reviewTerms.officialScore.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.recommendedGrade.zh, width: 6, isUnbroken: true },
      { title: reviewTerms.finalGrade.zh, width: 6, isUnbroken: true },
    ],
    rows: results.map((result) => [
      result.rank ?? null,
      result.nomination.code,
      result.nomination.projectName,
      result.nomination.nominator.name,
      score(result.officialScore),
      grade(result.recommendedGrade),
      grade(result.finalGrade),
    ]),
    note: results.length === 0 ? '复评结果尚未公示。' : undefined,
  };
}

async function finalListSection(
  em: EntityManager,
  cycle: AwardCycle,
  category: AwardCategory,
  heading: string,
): Promise<ReportSection> {
  const list = await em.findOne(FinalList, { cycle, category });
  const entries = list ? await em.find(FinalEntry, { list }, { orderBy: { position: 'asc' } }) : [];
  return {
    heading,
    columns: [
      { title: reviewTerms.position.zh, width: 4, isUnbroken: true },
      { title: reviewTerms.code.zh, width: 9, isUnbroken: true },
      { title: reviewTerms.projectName.zh, width: 18 },
      { title: reviewTerms.nominator.zh, width: 16 },
      { title: reviewTerms.awardedGrade.zh, width: 6, isUnbroken: true },
      { title: '撤销', width: 14 },
    ],
    rows: entries.map((entry) => [
      entry.position,
      entry.code,
      entry.projectName,
      entry.nominatorName,
      GRADE_ZH[entry.grade],
      entry.revokedAt ? `已撤销：${entry.revocationReason}` : '',
    ]),
    note: list ? undefined : '尚未审定。',
  };
}
