import { CombinedGraphQLErrors } from '@apollo/client';
import type { ConflictRule } from '@award/schema/generated/graphql';
import type { TFunction } from 'i18next';
import { type AssignmentRule, assignmentRules } from './assignment-board.messages';

interface ConflictReasonLike {
  rule: ConflictRule;
  detail: string;
}

function isAssignmentRule(rule: unknown): rule is AssignmentRule {
  return assignmentRules.includes(rule as AssignmentRule);
}

/** A conflict check's reasons in words, one after the other (award-rules.md, Conflicts of interest). */
export function conflictReasonsInWords(
  reasons: readonly ConflictReasonLike[],
  t: TFunction<'assignmentBoard'>,
): string {
  return reasons.map(({ rule, detail }) => t(`conflictRule.${rule}`, { detail })).join('；');
}

/**
 * Why the API refused a reviewer, in words: a refusal by one of the hard constraints carries the rule and
 * the names of the expert and the nomination (`extensions`), anything else keeps the server's message.
 */
export function assignmentRefusalInWords(error: unknown, t: TFunction<'assignmentBoard'>): string {
  if (!CombinedGraphQLErrors.is(error)) return error instanceof Error ? error.message : String(error);
  return error.errors
    .map(({ message, extensions }) => {
      const rule = extensions?.rule;
      if (!isAssignmentRule(rule)) return message;
      const reasons = (extensions?.reasons ?? []) as ConflictReasonLike[];
      return t(`rule.${rule}`, {
        expert: extensions?.expert,
        nomination: extensions?.nomination,
        reasons: conflictReasonsInWords(reasons, t),
      });
    })
    .join('\n');
}
