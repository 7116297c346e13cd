import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreSheetStatus } from './score-sheet.entity.js';

export enum ScoreSheetChangeKind {
  DRAFT_SAVED = 'DRAFT_SAVED',
  SUBMITTED = 'SUBMITTED',
  REOPENED = 'REOPENED',
}
registerEnumType(ScoreSheetChangeKind, { name: 'ScoreSheetChangeKind' });

/** A live event for the chair's console: a score sheet was saved, submitted or reopened. */
@ObjectType()
export class ScoreSheetChange {
  @Field(() => ScoreSheetChangeKind)
  kind!: ScoreSheetChangeKind;

  @Field(() => ID)
  sheetId!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field(() => ID)
  nominationId!: string;

  @Field(() => String)
  nominationCode!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => ScoreSheetStatus)
  status!: ScoreSheetStatus;

  @Field(() => Float, { nullable: true })
  total!: number | null;

  @Field(() => Date)
  at!: Date;
}
