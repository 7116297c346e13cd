import type { LiveTopics } from '../live/event-bus.js';
import type { Nomination } from '../nominations/nomination.entity.js';
import type { ScoreSheet } from './score-sheet.entity.js';
import type { ScoreSheetChangeKind } from './score-sheet-change.type.js';

/** The topic and payload of a sheet's change, published once its transaction commits. */
export function scoreSheetEvent(
  nomination: Nomination,
  sheet: ScoreSheet,
  kind: `${ScoreSheetChangeKind}`,
): ['SCORE_SHEET_CHANGED', ...LiveTopics['SCORE_SHEET_CHANGED']] {
  const cycleId = nomination.cycle.id;
  return [
    'SCORE_SHEET_CHANGED',
    cycleId,
    {
      kind: kind as ScoreSheetChangeKind,
      sheetId: sheet.id,
      assignmentId: sheet.assignment.id,
      nominationId: nomination.id,
      nominationCode: nomination.code,
      cycleId,
      status: sheet.status,
      total: sheet.total == null ? null : Number(sheet.total),
      at: new Date(),
    },
  ];
}
