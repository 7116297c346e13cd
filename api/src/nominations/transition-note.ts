import { registerEnumType } from 'type-graphql';

/**
 * Why the system moved a nomination, where no person wrote a reason. Stored as a code (with the grade
 * it names, if any) and shown in the reader's language (schema/labels), never as stored text.
 */
export enum TransitionNote {
  /** submitted again after a return (award-rules.md, Stages and states) */
  RESUBMITTED = 'RESUBMITTED',
  RE_REVIEW_STARTED = 'RE_REVIEW_STARTED',
  /** on the publicity list, with the grade re-review gave */
  PUBLICIZED = 'PUBLICIZED',
  NOT_PASSED_RE_REVIEW = 'NOT_PASSED_RE_REVIEW',
  /** approved, with its grade */
  APPROVED = 'APPROVED',
  /** a substantive objection upheld during publicity: not awarded */
  OBJECTION_UPHELD = 'OBJECTION_UPHELD',
}
registerEnumType(TransitionNote, {
  name: 'TransitionNote',
  description: 'why the system moved a nomination, where no person wrote a reason',
});
