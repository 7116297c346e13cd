import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { type AwardCategory, type Grade, WindowKind } from '../cycles/cycle.enums.js';
import { CycleWindow } from '../cycles/cycle-window.entity.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { findById } from '../db/find-by-id.js';
import { shanghaiTime } from '../i18n/text.js';
import type { Publish } from '../live/commit-then-publish.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { moveNomination } from '../nominations/nomination-status.service.js';
import { TransitionNote } from '../nominations/transition-note.js';
import { Objection, ObjectionStatus } from '../results/objection.entity.js';
import { closingConflict } from './closing-conflict.js';
import { FinalEntry, FinalList } from './final-list.entity.js';
import { listEntryOf } from './list-entry.js';
import { codesWithoutAward, listedNominations } from './listed-nominations.js';
import { OPEN_OBJECTION_STATES } from './objection-lifecycle.js';
import { lockCategory } from './publicity.service.js';
import { PublicityList } from './publicity-list.entity.js';

/**
 * The chair approves a category's final list (award-rules.md, Approval), in one transaction: once
 * publicity is over, inside the approval window, with no objection left unanswered. Every nomination
 * in publicity is approved with the grade re-review gave, except one against which a substantive
 * objection was upheld: the published result does not stand, so it ends NOT_AWARDED (the objection's
 * answer says why) rather than waiting in publicity, which would leave the cycle unclosable. The final
 * list holds every approved nomination of the category and is read-only; approving twice is refused.
 */
export async function approveResults(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  cycleId: string,
  category: AwardCategory,
): Promise<FinalList> {
  const cycle = await findById(em, AwardCycle, cycleId, 'cycleId');
  await lockCategory(em, cycleId, category);
  if (await em.count(FinalList, { cycle, category })) {
    throw closingConflict('ALREADY_APPROVED', {
      en: `The ${category} final list has been approved already.`,
      zh: `${category === 'INVENTION' ? '质量技术发明奖' : '质量技术进步奖'}获奖名单已审定，不能重复审定。`,
    });
  }
  if (!(await em.count(PublicityList, { cycle, category }))) {
    throw closingConflict('NOT_PUBLISHED', {
      en: `The ${category} results have not been published for publicity yet.`,
      zh: `${category === 'INVENTION' ? '质量技术发明奖' : '质量技术进步奖'}评审结果尚未公示。`,
    });
  }
  const window = await em.findOne(CycleWindow, { cycle, kind: WindowKind.PUBLICITY });
  if (window && window.closesAt > new Date()) {
    throw closingConflict(
      'PUBLICITY_NOT_OVER',
      {
        en: `Publicity runs until ${window.closesAt.toISOString()}.`,
        zh: `公示期至 ${shanghaiTime(window.closesAt)} 结束，公示期满后方可审定。`,
      },
      {
        closesAt: window.closesAt.toISOString(),
      },
    );
  }
  const unanswered = await em.find(
    Objection,
    { nomination: { cycle, category }, status: { $in: [...OPEN_OBJECTION_STATES] } },
    { populate: ['nomination'], orderBy: { receivedAt: 'asc' } },
  );
  if (unanswered.length > 0) {
    throw closingConflict(
      'OPEN_OBJECTIONS',
      {
        en: `${unanswered.length} objection(s) are not answered yet (${unanswered.map((o) => o.nomination.code).join(', ')}): approval waits for them.`,
        zh: `尚有 ${unanswered.length} 件异议未处理完毕（${unanswered.map((o) => o.nomination.code).join('、')}），处理完毕后方可审定。`,
      },
      { objectionIds: unanswered.map((objection) => objection.id) },
    );
  }
  await assertWindowOpen(em, cycle.id, WindowKind.APPROVAL);

  const inPublicity = await listedNominations(em, cycle.id, category, NominationStatus.PUBLICITY);
  const withoutGrade = codesWithoutAward(inPublicity);
  if (withoutGrade.length > 0) {
    throw closingConflict('UNDECIDED_GRADES', `No grade is recorded for ${withoutGrade.join(', ')}.`, {
      codes: withoutGrade,
    });
  }
  const upheld = await em.find(
    Objection,
    {
      nomination: { $in: inPublicity.map((entry) => entry.nomination) },
      status: ObjectionStatus.UPHELD,
      isSubstantive: true,
    },
    { fields: ['nomination'] },
  );
  const isUpheldAgainst = new Set(upheld.map((objection) => objection.nomination.id));
  for (const entry of inPublicity) {
    const isRefused = isUpheldAgainst.has(entry.nomination.id);
    await moveNomination(
      em,
      publish,
      entry.nomination,
      isRefused ? NominationStatus.NOT_AWARDED : NominationStatus.APPROVED,
      viewer.userId,
      '',
      isRefused
        ? { note: TransitionNote.OBJECTION_UPHELD }
        : { note: TransitionNote.APPROVED, noteGrade: entry.grade as Grade },
    );
  }
  const approved = await listedNominations(em, cycle.id, category, NominationStatus.APPROVED);
  const list = em.create(FinalList, { cycle, category, approvedBy: em.getReference(User, viewer.userId) });
  for (const [index, entry] of approved.entries()) {
    em.create(FinalEntry, { list, ...listEntryOf(entry, index) });
  }
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'RESULTS_APPROVED',
    entityType: 'FinalList',
    entityId: list.id,
    after: {
      cycleId: cycle.id,
      category,
      entries: approved.map((entry) => ({ code: entry.code, grade: entry.grade })),
      notAwarded: inPublicity
        .filter((entry) => isUpheldAgainst.has(entry.nomination.id))
        .map((entry) => entry.code),
    },
  });
  return list;
}
