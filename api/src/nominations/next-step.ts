import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { Nomination } from './nomination.entity.js';
import { NominationStatus as S } from './nomination.enums.js';
import { SubmissionRequirement, submissionReadiness } from './submission-readiness.js';

/** What the nominator does next, or waits for (issue 4, status for nominators). */
export enum NominationNextStep {
  COMPLETE_FORM = 'COMPLETE_FORM',
  PRINT_AND_UPLOAD = 'PRINT_AND_UPLOAD',
  SUBMIT = 'SUBMIT',
  AWAIT_FORMAL_REVIEW = 'AWAIT_FORMAL_REVIEW',
  CORRECT_AND_RESUBMIT = 'CORRECT_AND_RESUBMIT',
  AWAIT_REVIEW = 'AWAIT_REVIEW',
  AWAIT_RESULT = 'AWAIT_RESULT',
  NONE = 'NONE',
}
registerEnumType(NominationNextStep, { name: 'NominationNextStep' });

const WAITING: Partial<Record<S, NominationNextStep>> = {
  [S.SUBMITTED]: NominationNextStep.AWAIT_FORMAL_REVIEW,
  [S.RETURNED]: NominationNextStep.CORRECT_AND_RESUBMIT,
  [S.ACCEPTED]: NominationNextStep.AWAIT_REVIEW,
  [S.PRELIMINARY_REVIEW]: NominationNextStep.AWAIT_REVIEW,
  [S.RE_REVIEW]: NominationNextStep.AWAIT_REVIEW,
  [S.PUBLICITY]: NominationNextStep.AWAIT_RESULT,
};

export async function nextStepOf(em: EntityManager, nomination: Nomination): Promise<NominationNextStep> {
  if (nomination.status !== S.DRAFT) return WAITING[nomination.status as S] ?? NominationNextStep.NONE;
  const { missing } = await submissionReadiness(em, nomination);
  if (missing.includes(SubmissionRequirement.FORM_COMPLETE)) return NominationNextStep.COMPLETE_FORM;
  return missing.length > 0 ? NominationNextStep.PRINT_AND_UPLOAD : NominationNextStep.SUBMIT;
}
