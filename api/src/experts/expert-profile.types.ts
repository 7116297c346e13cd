import { Field, ID, InputType, Int } from 'type-graphql';
import { ConflictSource } from './expert-conflict.entity.js';

@InputType({ description: 'a field of expertise from the cycle’s list; exactly one is primary' })
export class ExpertFieldInput {
  @Field(() => ID)
  fieldId!: string;

  @Field(() => Boolean)
  isPrimary!: boolean;
}

@InputType({ description: 'a past employer (曾任职单位): a recent one still conflicts' })
export class ExpertEmploymentInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startedOn?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  endedOn!: string;
}

@InputType({
  description:
    'a recorded conflict of interest (回避): DECLARED with an organization or a nomination, ' +
    'SIGNED_APPRAISAL_OR_ACCEPTANCE with the nomination whose appraisal or acceptance the expert signed',
})
export class ExpertConflictInput {
  @Field(() => ConflictSource)
  source!: ConflictSource;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  nominationId?: string | null;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'a new expert of a cycle’s pool' })
export class NewExpertInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'e.g. 教授级高级工程师' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'the current employer' })
  employerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the expert’s account (an EXPERT), if it has one' })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'kept private: matched against completers for conflicts, never shown',
  })
  idDocumentNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'most assignments per stage, 1 to 200 (default 10)' })
  maxLoad?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'default true' })
  isAvailable?: boolean | null;

  @Field(() => [ExpertFieldInput])
  fields!: ExpertFieldInput[];

  @Field(() => [ExpertEmploymentInput], { nullable: true })
  employments?: ExpertEmploymentInput[] | null;

  @Field(() => [ExpertConflictInput], { nullable: true })
  conflicts?: ExpertConflictInput[] | null;
}

@InputType({
  description:
    'changes to an expert: an absent field stays as it is; a list given replaces the whole list; ' +
    'employerId, accountId and idDocumentNumber are cleared by an explicit null',
})
export class ExpertChangesInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  employerId?: string | null;

  @Field(() => ID, { nullable: true })
  accountId?: string | null;

  @Field(() => String, { nullable: true })
  idDocumentNumber?: string | null;

  @Field(() => Int, { nullable: true })
  maxLoad?: number | null;

  @Field(() => Boolean, { nullable: true })
  isAvailable?: boolean | null;

  @Field(() => [ExpertFieldInput], { nullable: true })
  fields?: ExpertFieldInput[] | null;

  @Field(() => [ExpertEmploymentInput], { nullable: true })
  employments?: ExpertEmploymentInput[] | null;

  @Field(() => [ExpertConflictInput], { nullable: true })
  conflicts?: ExpertConflictInput[] | null;
}
