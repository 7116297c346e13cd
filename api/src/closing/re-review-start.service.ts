import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_REVIEW, UNSUBMITTED } from '../assignments/review-sql.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { findById } from '../db/find-by-id.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { moveNomination } from '../nominations/nomination-status.service.js';
import { TransitionNote } from '../nominations/transition-note.js';
import { recomputeResults } from '../results/results.service.js';
import { closingConflict } from './closing-conflict.js';
import { lockCategory } from './publicity.service.js';

/**
 * Preliminary review of a category ends and its ranking feeds re-review (award-rules.md, Stages and
 * states): refused while any of its reviews is open (an active assignment without a submitted sheet),
 * so every result stands on all its sheets; then the results are recomputed one last time and every
 * nomination of the category in preliminary review moves to re-review, in one transaction.
 */
export async function startReReview(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { cycleId: string; category: AwardCategory },
): Promise<Nomination[]> {
  const cycle = await findById(em, AwardCycle, input.cycleId, 'cycleId');
  await lockCategory(em, cycle.id, input.category);
  const nominations = await em.find(
    Nomination,
    { cycle, category: input.category, status: NominationStatus.PRELIMINARY_REVIEW },
    { orderBy: { code: 'asc' } },
  );
  if (nominations.length === 0) {
    throw closingConflict('NOTHING_IN_REVIEW', {
      en: `No ${input.category} nomination is in preliminary review.`,
      zh: `${term('category', input.category)}没有处于初评阶段的提名。`,
    });
  }
  const [open] = await em.execute<{ count: string; codes: string[] }[]>(
    `select count(*) as count, array_agg(distinct n.code order by n.code) as codes
     from assignment a join nomination n on n.id = a.nomination_id left join score_sheet s on s.assignment_id = a.id
     where n.cycle_id = ? and n.category = ? and n.status = 'PRELIMINARY_REVIEW' and ${ACTIVE_REVIEW}
       and ${UNSUBMITTED}`,
    [cycle.id, input.category],
  );
  if (Number(open.count) > 0) {
    throw closingConflict(
      'OPEN_REVIEWS',
      {
        en: `${open.count} reviews are not submitted yet (${open.codes.slice(0, 10).join(', ')}…).`,
        zh: `尚有 ${open.count} 份评分表未提交（${open.codes.slice(0, 10).join('、')}等）。`,
      },
      { openReviews: Number(open.count), nominations: open.codes },
    );
  }
  await recomputeResults(em, cycle.id);
  for (const nomination of nominations) {
    await moveNomination(em, publish, nomination, NominationStatus.RE_REVIEW, viewer.userId, '', {
      note: TransitionNote.RE_REVIEW_STARTED,
    });
  }
  await recordLiveChange(em, publish, cycle.id);
  return nominations;
}
