import { Field, Float, ID, InputType } from 'type-graphql';
import { Grade } from '../cycles/cycle.enums.js';
import { ScoreLevel } from './score-level.js';

@InputType({ description: 'one criterion of a draft: absent values keep what is stored' })
export class CriterionScoreInput {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => ScoreLevel, { nullable: true })
  level?: ScoreLevel | null;

  @Field(() => Float, { nullable: true })
  points?: number | null;

  @Field(() => String, { nullable: true })
  comment?: string;
}

@InputType({ description: 'one autosave of a score sheet; the criteria given are updated, the others kept' })
export class ScoreSheetDraftInput {
  @Field(() => [CriterionScoreInput], { defaultValue: [] })
  scores!: CriterionScoreInput[];

  @Field(() => String, { nullable: true })
  overallOpinion?: string;

  @Field(() => Grade, { nullable: true })
  recommendedGrade?: Grade | null;
}
