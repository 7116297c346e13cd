import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentStatus } from '../assignments/assignment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput, DomainError } from '../errors.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import type { Nomination } from '../nominations/nomination.entity.js';
import { CriterionScore } from './criterion-score.entity.js';
import { Rubric } from './rubric.entity.js';
import { assertPointsInRange, characters, SHEET_RULES } from './score-rules.js';
import { ScoreSheet, ScoreSheetStatus } from './score-sheet.entity.js';
import type { ScoreSheetDraftInput } from './score-sheet.types.js';
import { assignmentToScore } from './score-sheet-access.js';
import { sheetContent, totalOf } from './score-sheet-content.js';
import { scoreSheetEvent } from './score-sheet-event.js';

/** The first save of an assignment's sheet starts it on the category's latest rubric, which locks it. */
async function startSheet(
  em: EntityManager,
  nomination: Nomination,
  assignmentId: string,
): Promise<ScoreSheet> {
  const rubric = await em.findOneOrFail(
    Rubric,
    { cycle: nomination.cycle.id, category: nomination.category },
    { orderBy: { version: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  rubric.lockedAt ??= new Date();
  return em.create(ScoreSheet, { assignment: assignmentId, rubric });
}

/**
 * One autosave of an expert's score sheet, at the version the expert last read (a stale one is
 * refused with CONFLICT, never overwrites). Points are checked against each criterion's maximum now;
 * the rest (levels, comments, the opinion) when the sheet is submitted.
 */
export async function saveScoreSheetDraft(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { assignmentId: string; version: number | null | undefined; draft: ScoreSheetDraftInput },
): Promise<ScoreSheet> {
  const { assignment, nomination } = await assignmentToScore(em, viewer, input.assignmentId);
  let sheet = await em.findOne(ScoreSheet, { assignment });
  if (sheet?.status === ScoreSheetStatus.SUBMITTED) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'This score sheet is submitted and locked; only the chair can reopen it.',
        zh: '此评分表已提交并锁定，只有评审委员会主任可以退回。',
      },
      {
        rule: 'SHEET_LOCKED',
      },
    );
  }
  if ((sheet?.version ?? null) !== (input.version ?? null)) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'The sheet was saved elsewhere meanwhile; reload it and try again.',
        zh: '此评分表已在其他窗口保存，请重新加载后再试。',
      },
      {
        currentVersion: sheet?.version ?? null,
      },
    );
  }
  const isFirstSave = sheet == null;
  sheet ??= await startSheet(em, nomination, assignment.id);
  // Scoring is accepting the assignment.
  if (assignment.status === AssignmentStatus.PENDING) assignment.status = AssignmentStatus.ACCEPTED;
  await em.flush();
  const content = await sheetContent(em, sheet);
  // A list, not a map keyed by criterion code: the audit log counts a record's lists, and shows its keys.
  const changed: (Pick<CriterionScore, 'level' | 'points'> & { criterion: string })[] = [];
  input.draft.scores.forEach((given, i) => {
    const at = (field: string) => `scores[${i}].${field}`;
    const entry = content.find(({ criterion }) => criterion.id === given.criterionId);
    if (!entry)
      throw badInput(at('criterionId'), {
        en: 'not a criterion of this sheet’s rubric',
        zh: '不是本评分表评分细则中的指标',
      });
    if (given.points != null) assertPointsInRange(at('points'), given.points, entry.criterion.maxPoints);
    if (given.comment !== undefined && characters(given.comment) > SHEET_RULES.commentMax) {
      throw badInput(at('comment'), {
        en: `at most ${SHEET_RULES.commentMax} characters`,
        zh: `最多 ${SHEET_RULES.commentMax} 个字符`,
      });
    }
    entry.score ??= em.create(CriterionScore, { sheet, criterion: entry.criterion });
    if (given.level !== undefined) entry.score.level = given.level;
    if (given.points !== undefined) entry.score.points = given.points;
    if (given.comment !== undefined) entry.score.comment = given.comment;
    changed.push({ criterion: entry.criterion.code, level: entry.score.level, points: entry.score.points });
  });
  if (input.draft.overallOpinion !== undefined) {
    if (characters(input.draft.overallOpinion) > SHEET_RULES.opinionMax) {
      throw badInput('overallOpinion', {
        en: `at most ${SHEET_RULES.opinionMax} characters`,
        zh: `最多 ${SHEET_RULES.opinionMax} 个字符`,
      });
    }
    sheet.overallOpinion = input.draft.overallOpinion;
  }
  if (input.draft.recommendedGrade !== undefined) sheet.recommendedGrade = input.draft.recommendedGrade;
  sheet.total = totalOf(content);
  sheet.updatedAt = new Date();
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'SCORE_SHEET_DRAFT_SAVED',
    entityType: 'ScoreSheet',
    entityId: sheet.id,
    after: { scores: changed, total: sheet.total, version: sheet.version },
  });
  // A started sheet moves the console's counts; later saves of it do not.
  if (isFirstSave) await recordLiveChange(em, publish, nomination.cycle.id);
  publish(...scoreSheetEvent(nomination, sheet, 'DRAFT_SAVED'));
  return sheet;
}
