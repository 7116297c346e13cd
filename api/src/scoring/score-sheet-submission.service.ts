import { reviewTerms } from '@award/schema/terms';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentStatus } from '../assignments/assignment.entity.js';
import { recordAudit, recordAudits } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId, assertIds, findById } from '../db/find-by-id.js';
import { uuidArray } from '../db/sql-arrays.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { fieldLabel } from '../i18n/field-labels.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { characters, isWithinLevel, SHEET_RULES } from './score-rules.js';
import { ScoreSheet, ScoreSheetStatus } from './score-sheet.entity.js';
import { assignmentToScore } from './score-sheet-access.js';
import { type SheetCriterion, sheetContent, totalOf } from './score-sheet-content.js';
import { scoreSheetEvent } from './score-sheet-event.js';

export interface SheetProblem {
  field: string;
  rule: string;
  /** The rule in Chinese, for the message; `problems` in the error's extensions keep field and rule. */
  zh: string;
}

/** Everything a sheet needs before it is locked; each problem names its field. */
export function sheetProblems(sheet: ScoreSheet, content: SheetCriterion[]): SheetProblem[] {
  const problems: SheetProblem[] = [];
  content.forEach(({ criterion, levels, score }, i) => {
    const at = (field: string) => `scores[${i}].${field} (${criterion.code})`;
    if (!score?.level) problems.push({ field: at('level'), rule: 'choose a level', zh: '请选择等级' });
    if (score?.points == null) problems.push({ field: at('points'), rule: 'give the points', zh: '请打分' });
    const band = levels.find((level) => level.level === score?.level);
    if (score?.points != null && band && !isWithinLevel(Number(score.points), criterion.maxPoints, band)) {
      problems.push({
        field: at('points'),
        rule: `level ${band.level} is ${band.minPercent}–${band.maxPercent} % of ${criterion.maxPoints} points`,
        zh: `${band.level} 级的得分应为满分 ${criterion.maxPoints} 分的 ${band.minPercent}%–${band.maxPercent}%`,
      });
    }
    if (characters(score?.comment ?? '') < SHEET_RULES.commentMin) {
      problems.push({
        field: at('comment'),
        rule: `a comment of at least ${SHEET_RULES.commentMin} characters`,
        zh: `评语至少 ${SHEET_RULES.commentMin} 个字符`,
      });
    }
  });
  const total = totalOf(content);
  const isExtreme = total != null && (total >= SHEET_RULES.extremeHigh || total < SHEET_RULES.extremeLow);
  const opinionMin = isExtreme ? SHEET_RULES.extremeOpinionMin : SHEET_RULES.opinionMin;
  if (characters(sheet.overallOpinion) < opinionMin) {
    problems.push({
      field: 'overallOpinion',
      rule: isExtreme
        ? `a total of ${total} needs a justification of at least ${opinionMin} characters`
        : `an overall opinion of at least ${opinionMin} characters`,
      zh: isExtreme
        ? `总分 ${total} 分，须说明理由，至少 ${opinionMin} 个字符`
        : `总体评价意见至少 ${opinionMin} 个字符`,
    });
  }
  if (!sheet.recommendedGrade)
    problems.push({
      field: 'recommendedGrade',
      rule: 'recommend a grade',
      zh: `请选择${reviewTerms.sheetRecommendedGrade.zh}`,
    });
  return problems;
}

/** The expert's own sheet, NOT_FOUND for anyone else's. */
async function ownSheet(em: EntityManager, viewer: Viewer, sheetId: string): Promise<ScoreSheet> {
  assertId('id', sheetId);
  const sheet = await em.findOne(ScoreSheet, {
    id: sheetId,
    assignment: { expert: { user: viewer.userId } },
  });
  if (!sheet) throw notFound('ScoreSheet', sheetId);
  return sheet;
}

/**
 * Submits the sheet at the version the expert last read: every criterion scored within its level with
 * a comment, an opinion (longer for an extreme total) and a grade; then it is locked.
 */
export async function submitScoreSheet(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { id: string; version: number },
): Promise<ScoreSheet> {
  const found = await ownSheet(em, viewer, input.id);
  const { assignment, nomination } = await assignmentToScore(em, viewer, found.assignment.id);
  const sheet = await em.refresh(found);
  if (!sheet || sheet.status !== ScoreSheetStatus.DRAFT) {
    throw new DomainError(
      'CONFLICT',
      { en: 'This score sheet is already submitted.', zh: '此评分表已提交。' },
      { rule: 'SHEET_LOCKED' },
    );
  }
  if (sheet.version !== input.version) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'The sheet was saved elsewhere meanwhile; reload it and try again.',
        zh: '此评分表已在其他窗口保存，请重新加载后再试。',
      },
      {
        currentVersion: sheet.version,
      },
    );
  }
  const content = await sheetContent(em, sheet);
  const problems = sheetProblems(sheet, content);
  if (problems.length > 0) {
    const [first] = problems;
    throw new DomainError(
      'BAD_USER_INPUT',
      {
        en: `${first.field}: ${first.rule} (${problems.length} to fix).`,
        zh: `${fieldLabel(first.field)}：${first.zh}（共 ${problems.length} 处需修改）。`,
      },
      {
        field: first.field,
        problems: problems.map(({ field, rule, zh }) => ({ field, rule: { en: rule, zh } })),
      },
    );
  }
  sheet.status = ScoreSheetStatus.SUBMITTED;
  sheet.submittedAt = new Date();
  sheet.total = totalOf(content);
  assignment.status = AssignmentStatus.ACCEPTED;
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'SCORE_SHEET_SUBMITTED',
    entityType: 'ScoreSheet',
    entityId: sheet.id,
    after: { total: sheet.total, recommendedGrade: sheet.recommendedGrade },
  });
  await recordLiveChange(em, publish, nomination.cycle.id, { movesResults: true });
  publish(...scoreSheetEvent(nomination, sheet, 'SUBMITTED'));
  return sheet;
}

/** Only the chair reopens a submitted sheet, with a reason (audited); the expert can then correct it. */
export async function reopenScoreSheet(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { id: string; reason: string },
): Promise<ScoreSheet> {
  if (input.reason.trim() === '')
    throw badInput('reason', { en: 'say why the sheet is reopened', zh: '请说明退回评分表的理由' });
  const sheet = await findById(em, ScoreSheet, input.id);
  if (sheet.status !== ScoreSheetStatus.SUBMITTED) {
    throw new DomainError(
      'CONFLICT',
      { en: 'Only a submitted sheet can be reopened.', zh: '只有已提交的评分表可以退回。' },
      { status: sheet.status },
    );
  }
  // Once the stage is over the results feed re-review and publicity: a sheet reopened then would
  // change a published ranking and could never be submitted again.
  const { nomination } = await em.findOneOrFail(Assignment, sheet.assignment.id, {
    populate: ['nomination'],
  });
  if (nomination.status !== NominationStatus.PRELIMINARY_REVIEW) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'A sheet can be reopened only while its nomination is in preliminary review.',
        zh: '只有在初评阶段才能退回评分表。',
      },
      { rule: 'STAGE_OVER', status: nomination.status },
    );
  }
  const before = { status: sheet.status, total: sheet.total, submittedAt: sheet.submittedAt };
  sheet.status = ScoreSheetStatus.DRAFT;
  sheet.submittedAt = null;
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'SCORE_SHEET_REOPENED',
    entityType: 'ScoreSheet',
    entityId: sheet.id,
    before,
    after: { status: sheet.status, reason: input.reason.trim() },
  });
  await recordLiveChange(em, publish, nomination.cycle.id, { movesResults: true });
  publish(...scoreSheetEvent(nomination, sheet, 'REOPENED'));
  return sheet;
}

/** The chair gives reviewers more time: each assignment's own deadline moves to `until` (audited). */
export async function extendReviewDeadline(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { assignmentIds: string[]; until: Date; reason: string },
  now = new Date(),
): Promise<Assignment[]> {
  if (input.reason.trim() === '')
    throw badInput('reason', { en: 'say why the deadline moves', zh: '请说明延期的理由' });
  if (input.until.getTime() <= now.getTime())
    throw badInput('until', { en: 'must be in the future', zh: '应为将来的时间' });
  assertIds('assignmentIds', input.assignmentIds, 'assignment');
  const assignments = await em.find(Assignment, { id: { $in: input.assignmentIds } });
  if (assignments.length !== new Set(input.assignmentIds).size) {
    throw badInput('assignmentIds', {
      en: 'names an assignment that does not exist',
      zh: '含有不存在的评审任务',
    });
  }
  const before = new Map(
    assignments.map((assignment) => [assignment.id, assignment.dueAt?.toISOString() ?? null]),
  );
  for (const assignment of assignments) assignment.dueAt = input.until;
  await em.flush();
  const cycles = await em.execute<{ cycle_id: string }[]>(
    'select distinct n.cycle_id from assignment a join nomination n on n.id = a.nomination_id where a.id = any(?::uuid[])',
    [uuidArray(input.assignmentIds)],
  );
  for (const { cycle_id } of cycles) await recordLiveChange(em, publish, cycle_id);
  await recordAudits(
    em,
    assignments.map((assignment) => ({
      actorId: viewer.userId,
      action: 'REVIEW_DEADLINE_EXTENDED',
      entityType: 'Assignment',
      entityId: assignment.id,
      before: { dueAt: before.get(assignment.id) },
      after: { dueAt: input.until.toISOString(), reason: input.reason.trim() },
    })),
  );
  return assignments;
}
