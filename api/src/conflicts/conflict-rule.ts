import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** award-rules.md, Conflicts of interest (回避): why an expert may not see or score a nomination. */
export enum ConflictRule {
  EMPLOYER_IS_NOMINATOR = 'EMPLOYER_IS_NOMINATOR',
  EMPLOYER_IS_COMPLETING_ORGANIZATION = 'EMPLOYER_IS_COMPLETING_ORGANIZATION',
  /** A past employer within the cycle's recentEmploymentYears ("current or recent"). */
  RECENT_EMPLOYER = 'RECENT_EMPLOYER',
  /** A completer of any nomination of the cycle: in conflict with every nomination of it. */
  COMPLETER_THIS_CYCLE = 'COMPLETER_THIS_CYCLE',
  SIGNED_APPRAISAL_OR_ACCEPTANCE = 'SIGNED_APPRAISAL_OR_ACCEPTANCE',
  DECLARED = 'DECLARED',
}
registerEnumType(ConflictRule, { name: 'ConflictRule' });

@ObjectType({ description: '回避事由' })
export class ConflictReason {
  @Field(() => ConflictRule)
  rule!: ConflictRule;

  @Field(() => String, { description: 'the organization, nomination or declaration behind it' })
  detail!: string;
}

@ObjectType()
export class ConflictCheck {
  @Field(() => Boolean)
  hasConflict!: boolean;

  @Field(() => [ConflictReason])
  reasons!: ConflictReason[];
}

@ObjectType({ description: 'an expert of the pool kept off a nomination, and why' })
export class ExpertInConflict {
  @Field(() => ID)
  expertId!: string;

  @Field(() => [ConflictReason])
  reasons!: ConflictReason[];
}
