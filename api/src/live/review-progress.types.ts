import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AwardCategory } from '../cycles/cycle.enums.js';

@ObjectType({ description: 'how far the reviews of a group have come' })
export class ProgressCounts {
  @Field(() => Int, { description: 'assignments not declined or recused' })
  assigned!: number;

  @Field(() => Int, { description: 'with a draft sheet' })
  drafted!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int, { description: 'neither drafted nor submitted' })
  notStarted!: number;

  @Field(() => Int, { description: 'past the deadline without a submitted sheet' })
  overdue!: number;
}

@ObjectType()
export class CategoryProgress extends ProgressCounts {
  @Field(() => AwardCategory)
  category!: AwardCategory;
}

@ObjectType()
export class ExpertProgress extends ProgressCounts {
  @Field(() => ID)
  expertId!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'one ranked nomination, as the console shows it' })
export class RankingRow {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  projectName!: string;

  @Field(() => AwardCategory)
  category!: AwardCategory;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Boolean)
  isTied!: boolean;

  @Field(() => Int)
  sheetCount!: number;

  @Field(() => Int, { description: 'reviews asked and still active' })
  assignedCount!: number;

  @Field(() => Boolean, { description: 'every active review has its sheet in; else the rank is provisional' })
  isComplete!: boolean;

  @Field(() => Float, { nullable: true })
  officialScore!: number | null;

  @Field(() => Float, { nullable: true })
  severityAdjusted!: number | null;

  @Field(() => Float, { nullable: true })
  spread!: number | null;

  @Field(() => Boolean)
  hasDisagreement!: boolean;

  @Field(() => String, { nullable: true })
  recommendedGrade!: string | null;
}

@ObjectType({
  description:
    "the chair's console at one moment, read in one transaction: keep the one with the highest sequence",
})
export class ReviewProgress {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => Int, { description: 'the number of live changes of the cycle this snapshot includes' })
  sequence!: number;

  @Field(() => Date)
  at!: Date;

  @Field(() => [CategoryProgress])
  categories!: CategoryProgress[];

  @Field(() => [ExpertProgress], { description: 'the most overdue first' })
  experts!: ExpertProgress[];

  @Field(() => [RankingRow], { description: 'both categories, each by rank' })
  ranking!: RankingRow[];
}
