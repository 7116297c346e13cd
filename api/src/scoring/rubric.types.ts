import { Field, InputType, Int } from 'type-graphql';
import { ScoreLevel } from './score-level.js';

@InputType({ description: 'what a level of a criterion looks like, and its band in percent of the points' })
export class LevelDescriptorInput {
  @Field(() => ScoreLevel)
  level!: ScoreLevel;

  @Field(() => Int)
  minPercent!: number;

  @Field(() => Int)
  maxPercent!: number;

  @Field(() => String)
  descriptorZh!: string;

  @Field(() => String)
  descriptorEn!: string;
}

@InputType({ description: 'one criterion of a rubric, in order' })
export class CriterionInput {
  @Field(() => String, { description: 'e.g. INV_ORIGINALITY' })
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  descriptionZh!: string;

  @Field(() => String)
  descriptionEn!: string;

  @Field(() => Int)
  maxPoints!: number;

  @Field(() => [LevelDescriptorInput], { description: 'A, B, C and D' })
  levels!: LevelDescriptorInput[];
}
