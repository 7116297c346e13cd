import { aggregateTotals, gradeForScore, rankByScore } from '@award/api/domain';
import {
  type AwardCycle,
  Grade,
  type Nomination,
  NominationResult,
  NominationStatus as S,
  type ScoreSheet,
  ScoreSheetStatus,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';

/** States whose preliminary review is over, so that their results stand. */
const PAST_PRELIMINARY = new Set([S.RE_REVIEW, S.PUBLICITY, S.APPROVED, S.NOT_AWARDED, S.REVOKED]);

/** The grade the demo committee gave: approved ones keep their recommendation, at least the third grade. */
function finalGrade(status: S, recommended: Grade): Grade | null {
  if (status === S.NOT_AWARDED) return Grade.NONE;
  if (status === S.APPROVED || status === S.REVOKED)
    return recommended === Grade.NONE ? Grade.THIRD : recommended;
  return null;
}

/**
 * Preliminary results of the nominations past that stage, computed from their submitted sheets with the
 * API's own aggregation and ranking, per category. Severity adjustment and the per-criterion
 * disagreement rule come with the results issue.
 */
export function seedResults(em: EntityManager, cycle: AwardCycle, sheets: ScoreSheet[]): void {
  const byNomination = new Map<Nomination, ScoreSheet[]>();
  for (const sheet of sheets) {
    if (sheet.status !== ScoreSheetStatus.SUBMITTED) continue;
    const nomination = sheet.assignment.nomination;
    byNomination.set(nomination, [...(byNomination.get(nomination) ?? []), sheet]);
  }
  const results = [...byNomination]
    .filter(([nomination]) => PAST_PRELIMINARY.has(nomination.status))
    .map(([nomination, submitted]) => {
      const aggregate = aggregateTotals(
        submitted.map((sheet) => sheet.total as number),
        cycle.trimFromSheetCount,
      );
      const lastSubmittedAt = Math.max(...submitted.map((sheet) => (sheet.submittedAt as Date).getTime()));
      return { nomination, aggregate, lastSubmittedAt };
    });
  for (const category of new Set(results.map((result) => result.nomination.category))) {
    const ranked = rankByScore(
      results
        .filter((result) => result.nomination.category === category)
        .map((result) => ({ ...result.aggregate, item: result, lastSubmittedAt: result.lastSubmittedAt })),
    );
    for (const { item, rank, isTied } of ranked) {
      const { nomination, aggregate } = item;
      const recommendedGrade = gradeForScore(aggregate.officialScore ?? 0, cycle);
      em.create(NominationResult, {
        nomination,
        sheetCount: aggregate.sheetCount,
        officialScore: aggregate.officialScore,
        plainMean: aggregate.plainMean,
        median: aggregate.median,
        hasDisagreement: (aggregate.spread ?? 0) > cycle.disagreementSpread,
        rank,
        isTied,
        recommendedGrade,
        finalGrade: finalGrade(nomination.status, recommendedGrade),
        computedAt: new Date('2024-09-02T01:00:00Z'),
      });
    }
  }
}
