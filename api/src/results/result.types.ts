import { ArgsType, Field, Float, ID, ObjectType } from 'type-graphql';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { Criterion } from '../scoring/criterion.entity.js';
import { ScoreSheet } from '../scoring/score-sheet.entity.js';
import { NominationResult } from './nomination-result.entity.js';

export const NominationResultConnection = ConnectionType(NominationResult);

@ArgsType()
export class ResultsArgs extends PageArgs {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => AwardCategory)
  category!: AwardCategory;
}

@ObjectType({ description: 'one criterion across the counted sheets' })
export class CriterionMeanView {
  @Field(() => Criterion)
  criterion!: Criterion;

  @Field(() => Float)
  mean!: number;

  @Field(() => Float, { description: 'highest minus lowest points' })
  spread!: number;

  @Field(() => Boolean, { description: 'spread above half the criterion’s points' })
  isDisagreement!: boolean;
}

@ObjectType({ description: 'a sheet counted in a result, and what became of it' })
export class CountedSheet {
  @Field(() => ScoreSheet, { description: 'reading it is audited' })
  sheet!: ScoreSheet;

  @Field(() => Float)
  total!: number;

  @Field(() => Float, {
    description:
      'μ + σ·(total − μₑ)/σₑ: standardised against its expert’s own mean μₑ and spread σₑ in the stage, mapped back onto all totals’ mean μ and spread σ',
  })
  adjustedTotal!: number;

  @Field(() => Boolean, { description: 'left out of the trimmed mean as the highest or lowest total' })
  isTrimmed!: boolean;
}
