import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Expert } from '../experts/expert.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';

@InputType({ description: 'an expert for a nomination' })
export class ReviewerPairInput {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  expertId!: string;
}

@ObjectType({ description: 'one proposed reviewer' })
export class ProposedAssignment {
  @Field(() => Nomination)
  nomination!: Nomination;

  @Field(() => Expert)
  expert!: Expert;

  @Field(() => Float, { description: '1 for the expert’s primary field, 0.6 for a secondary one' })
  fit!: number;

  @Field(() => Boolean)
  isPrimaryField!: boolean;
}

@ObjectType({ description: 'a nomination the run could not fully staff, and why' })
export class AssignmentShortfall {
  @Field(() => Nomination)
  nomination!: Nomination;

  @Field(() => Int)
  needed!: number;

  @Field(() => Int)
  assigned!: number;

  @Field(() => Int, { description: 'experts of its field free to take it' })
  eligible!: number;

  @Field(() => Int, { description: 'experts of its field (not counting those already asked)' })
  inField!: number;

  @Field(() => Int)
  unavailable!: number;

  @Field(() => Int)
  inConflict!: number;

  @Field(() => Int)
  atFullLoad!: number;
}

@ObjectType({ description: 'an expert’s load with the proposal' })
export class ExpertLoad {
  @Field(() => Expert)
  expert!: Expert;

  @Field(() => Int, { description: 'assignments it already holds in the stage' })
  existing!: number;

  @Field(() => Int)
  proposed!: number;

  @Field(() => Int)
  maxLoad!: number;
}

@ObjectType({ description: 'an expert who could take a reviewer’s place, best first' })
export class ReplacementCandidate {
  @Field(() => Expert)
  expert!: Expert;

  @Field(() => Float)
  fit!: number;

  @Field(() => Int)
  load!: number;

  @Field(() => Int)
  maxLoad!: number;
}
