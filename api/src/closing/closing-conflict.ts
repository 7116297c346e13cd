import { DomainError } from '../errors.js';
import type { Text } from '../i18n/text.js';

/**
 * Why closing the cycle refused a step, as a stable `extensions.rule` beside the CONFLICT code, so that
 * a client can say which rule of award-rules.md (Publicity, Approval) stood in the way.
 */
export type ClosingRule =
  | 'ALREADY_PUBLISHED'
  | 'NOTHING_TO_PUBLISH'
  | 'OPEN_BALLOTS'
  | 'UNDECIDED_GRADES'
  | 'NOT_IN_PUBLICITY'
  | 'NOT_PUBLISHED'
  | 'PUBLICITY_NOT_OVER'
  | 'OPEN_OBJECTIONS'
  | 'ALREADY_APPROVED'
  | 'NOT_REVOCABLE'
  | 'OBJECTION_STATE'
  | 'NOTHING_IN_REVIEW'
  | 'OPEN_REVIEWS';

export function closingConflict(
  rule: ClosingRule,
  message: Text,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('CONFLICT', message, { rule, ...details });
}
