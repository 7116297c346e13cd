import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { type AwardCategory, Grade, WindowKind } from '../cycles/cycle.enums.js';
import { CycleWindow } from '../cycles/cycle-window.entity.js';
import { setCycleWindow } from '../cycles/cycle-window.service.js';
import { findById } from '../db/find-by-id.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { moveNomination } from '../nominations/nomination-status.service.js';
import { TransitionNote } from '../nominations/transition-note.js';
import { BallotStatus, ReReviewBallot } from '../results/re-review-ballot.entity.js';
import { closingConflict } from './closing-conflict.js';
import { listEntryOf } from './list-entry.js';
import { codesWithoutAward, gradesOf, listedNominations } from './listed-nominations.js';
import { PublicityEntry, PublicityList } from './publicity-list.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Closing steps of one category take turns: two publications (or approvals) cannot both pass their checks. */
export async function lockCategory(em: EntityManager, cycleId: string, category: AwardCategory) {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`closing:${cycleId}:${category}`]);
}

/**
 * The re-review outcome of a category becomes its publicity list (award-rules.md, Publicity). Every
 * nomination at re-review moves: to PUBLICITY with the grade its ballots reached, or to NOT_AWARDED
 * when even THIRD failed. Refused while a ballot is open or a nomination has no grade yet, and a
 * second time. The list holds every nomination of the category in publicity once the moves are done.
 */
export async function publishResults(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  cycleId: string,
  category: AwardCategory,
): Promise<PublicityList> {
  const cycle = await findById(em, AwardCycle, cycleId, 'cycleId');
  await lockCategory(em, cycleId, category);
  if (await em.count(PublicityList, { cycle, category })) {
    throw closingConflict('ALREADY_PUBLISHED', {
      en: `The ${category} results have been published already.`,
      zh: `${category === 'INVENTION' ? '质量技术发明奖' : '质量技术进步奖'}评审结果已公示，不能重复公示。`,
    });
  }
  const atReReview = await em.find(
    Nomination,
    { cycle, category, status: NominationStatus.RE_REVIEW },
    { orderBy: { code: 'asc' } },
  );
  if (atReReview.length === 0) {
    throw closingConflict('NOTHING_TO_PUBLISH', {
      en: `No ${category} nomination is at re-review.`,
      zh: `${category === 'INVENTION' ? '质量技术发明奖' : '质量技术进步奖'}没有处于复评阶段的提名。`,
    });
  }
  const open = await em.find(
    ReReviewBallot,
    { nomination: { $in: atReReview }, status: BallotStatus.OPEN },
    { populate: ['nomination'] },
  );
  if (open.length > 0) {
    const codes = open.map((ballot) => ballot.nomination.code).sort();
    throw closingConflict(
      'OPEN_BALLOTS',
      {
        en: `Ballots are still open for ${codes.join(', ')}: close them first.`,
        zh: `${codes.join('、')} 的复评投票尚未结束，请先结束投票。`,
      },
      {
        codes,
      },
    );
  }
  const grades = await gradesOf(
    em,
    atReReview.map((nomination) => nomination.id),
  );
  const undecided = atReReview.filter((nomination) => !grades.get(nomination.id)?.grade);
  if (undecided.length > 0) {
    const codes = undecided.map((nomination) => nomination.code);
    throw closingConflict(
      'UNDECIDED_GRADES',
      {
        en: `Re-review has not given a grade to ${codes.join(', ')}.`,
        zh: `${codes.join('、')} 尚无复评等级。`,
      },
      {
        codes,
      },
    );
  }
  const window = await ensurePublicityWindow(em, viewer, cycle);
  for (const nomination of atReReview) {
    const grade = grades.get(nomination.id)?.grade as Grade;
    const isAwarded = grade !== Grade.NONE;
    await moveNomination(
      em,
      publish,
      nomination,
      isAwarded ? NominationStatus.PUBLICITY : NominationStatus.NOT_AWARDED,
      viewer.userId,
      '',
      isAwarded
        ? { note: TransitionNote.PUBLICIZED, noteGrade: grade }
        : { note: TransitionNote.NOT_PASSED_RE_REVIEW },
    );
  }
  const listed = await listedNominations(em, cycle.id, category, NominationStatus.PUBLICITY);
  const withoutGrade = codesWithoutAward(listed);
  if (withoutGrade.length > 0) {
    throw closingConflict(
      'UNDECIDED_GRADES',
      `No grade is recorded for ${withoutGrade.join(', ')} in publicity.`,
      {
        codes: withoutGrade,
      },
    );
  }
  const list = em.create(PublicityList, {
    cycle,
    category,
    publishedBy: em.getReference(User, viewer.userId),
    publicityOpensAt: window.opensAt,
    publicityClosesAt: window.closesAt,
  });
  for (const [index, entry] of listed.entries()) {
    em.create(PublicityEntry, { list, ...listEntryOf(entry, index), completers: entry.completers });
  }
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'RESULTS_PUBLISHED',
    entityType: 'PublicityList',
    entityId: list.id,
    after: {
      cycleId: cycle.id,
      category,
      publicityOpensAt: window.opensAt.toISOString(),
      publicityClosesAt: window.closesAt.toISOString(),
      entries: listed.map((entry) => ({ code: entry.code, grade: entry.grade })),
      notAwarded: atReReview
        .filter((nomination) => grades.get(nomination.id)?.grade === Grade.NONE)
        .map((nomination) => nomination.code),
    },
  });
  return list;
}

/**
 * The publicity window objections are taken in: the cycle's, so one window for both categories. Every
 * category is published for at least the cycle's publicityDays (default 15, award-rules.md): a window
 * the secretariat set that is open or still ahead is kept when it leaves that long, and closes later
 * otherwise (never earlier); one not set, or over (the demo's 2024 dates), starts now. Changed through
 * setCycleWindow, so the change is audited.
 */
async function ensurePublicityWindow(em: EntityManager, viewer: Viewer, cycle: AwardCycle) {
  // To the second, as windows are checked: an objection in the second of publication is in time.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const fullPeriodEnd = new Date(now.getTime() + cycle.publicityDays * DAY_MS);
  const window = await em.findOne(CycleWindow, { cycle, kind: WindowKind.PUBLICITY });
  if (window && window.closesAt > now) {
    if (window.closesAt >= fullPeriodEnd) return window;
    return setCycleWindow(em, viewer, {
      cycleId: cycle.id,
      kind: WindowKind.PUBLICITY,
      opensAt: window.opensAt,
      closesAt: fullPeriodEnd,
    });
  }
  return setCycleWindow(em, viewer, {
    cycleId: cycle.id,
    kind: WindowKind.PUBLICITY,
    opensAt: now,
    closesAt: fullPeriodEnd,
  });
}
