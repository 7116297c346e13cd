import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_REVIEW, REVIEW_DUE, REVIEW_WINDOW_JOIN, UNSUBMITTED } from '../assignments/review-sql.js';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import type {
  CategoryProgress,
  ExpertProgress,
  RankingRow,
  ReviewProgress,
} from './review-progress.types.js';

interface CountRow {
  key: string;
  name: string | null;
  assigned: string;
  drafted: string;
  submitted: string;
  overdue: string;
}

/**
 * Counts per group of the preliminary review's active assignments, categories in the award's order
 * (the enum's) so that the console's cards keep their places from one snapshot to the next; a review
 * is overdue past its effective deadline (REVIEW_DUE) without a submitted sheet.
 */
const progressSql = (groupBy: 'category' | 'expert') => `
  select ${groupBy === 'category' ? 'n.category::text as key, null as name' : 'e.id::text as key, e.name'},
    count(*) as assigned,
    count(*) filter (where s.status = 'DRAFT') as drafted,
    count(*) filter (where s.status = 'SUBMITTED') as submitted,
    count(*) filter (where ${UNSUBMITTED} and ${REVIEW_DUE} < now()) as overdue
  from assignment a join nomination n on n.id = a.nomination_id join expert e on e.id = a.expert_id
  left join score_sheet s on s.assignment_id = a.id
  ${REVIEW_WINDOW_JOIN}
  where n.cycle_id = ? and ${ACTIVE_REVIEW}
  group by ${groupBy === 'category' ? 'n.category' : 'e.id, e.name'}
  ${groupBy === 'category' ? 'order by n.category' : ''}`;

function counts(row: CountRow) {
  const [assigned, drafted, submitted, overdue] = [row.assigned, row.drafted, row.submitted, row.overdue].map(
    Number,
  );
  return { assigned, drafted, submitted, overdue, notStarted: assigned - drafted - submitted };
}

/** The console's snapshot of a cycle: progress, per expert, and the ranking, all as of one moment. */
export function readReviewProgress(em: EntityManager, cycleId: string): Promise<ReviewProgress> {
  return em.fork().transactional(
    async (tx) => {
      const [sequence] = await tx.execute<{ value: string }[]>(
        'select value from live_sequence where cycle_id = ?',
        [cycleId],
      );
      const byCategory = await tx.execute<CountRow[]>(progressSql('category'), [cycleId]);
      const byExpert = await tx.execute<CountRow[]>(progressSql('expert'), [cycleId]);
      const ranking = await tx.execute<Record<string, unknown>[]>(
        `select n.id as "nominationId", n.code, n.project_name as "projectName", n.category, r.rank,
           r.is_tied as "isTied", r.sheet_count as "sheetCount", r.assigned_count as "assignedCount",
           r.is_complete as "isComplete", r.official_score as "officialScore",
           r.severity_adjusted as "severityAdjusted", r.spread, r.has_disagreement as "hasDisagreement",
           r.recommended_grade as "recommendedGrade"
         from nomination_result r join nomination n on n.id = r.nomination_id
         where n.cycle_id = ? and r.stage = 'PRELIMINARY' and r.rank is not null
         -- Tied places in the results page's order (results-page.ts), so both screens list ties alike.
         order by n.category, r.rank, r.id`,
        [cycleId],
      );
      const numberOrNull = (value: unknown) => (value == null ? null : Number(value));
      return {
        cycleId,
        sequence: Number(sequence?.value ?? 0),
        at: new Date(),
        categories: byCategory.map(
          (row): CategoryProgress => ({ category: row.key as AwardCategory, ...counts(row) }),
        ),
        experts: byExpert
          .map((row): ExpertProgress => ({ expertId: row.key, name: row.name ?? '', ...counts(row) }))
          .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name)),
        ranking: ranking.map(
          (row): RankingRow =>
            ({
              ...row,
              officialScore: numberOrNull(row.officialScore),
              severityAdjusted: numberOrNull(row.severityAdjusted),
              spread: numberOrNull(row.spread),
            }) as RankingRow,
        ),
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
