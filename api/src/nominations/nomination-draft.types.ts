import { Field, ID, InputType, Int } from 'type-graphql';
import { AwardCategory, Grade } from '../cycles/cycle.enums.js';
import { IdDocumentType } from './nomination.enums.js';

@InputType({ description: 'starts a draft: the fields every nomination needs from the first save' })
export class NewNominationInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => AwardCategory)
  category!: AwardCategory;

  @Field(() => String, { description: 'at most 30 characters' })
  projectName!: string;

  @Field(() => ID, { description: 'one of the cycle’s fields of expertise' })
  fieldId!: string;
}

@InputType({ description: 'a completer, in the order of credit (完成人)' })
export class CompleterInput {
  @Field(() => String)
  name!: string;

  @Field(() => IdDocumentType)
  idDocumentType!: IdDocumentType;

  @Field(() => String)
  idDocumentNumber!: string;

  @Field(() => String)
  employer!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  contribution!: string;
}

/**
 * One autosave of a draft. Absent fields keep their stored value; a given list replaces the stored one.
 * `version` is the version the editor last read: a save over a newer version is refused (CONFLICT).
 */
@InputType()
export class NominationDraftInput {
  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  projectName?: string;

  @Field(() => ID, { nullable: true })
  fieldId?: string;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  taskSource?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  inventionPatentCount?: number;

  @Field(() => Int, { nullable: true })
  otherIpCount?: number;

  @Field(() => Grade, {
    nullable: true,
    description: 'FIRST, SECOND or THIRD; null accepts the committee’s grade',
  })
  proposedGrade?: Grade | null;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field(() => String, { nullable: true })
  objectiveEvaluation?: string;

  @Field(() => String, { nullable: true })
  economicBasis?: string;

  @Field(() => String, { nullable: true })
  socialBenefit?: string;

  @Field(() => String, { nullable: true })
  nominatorOpinion?: string;

  @Field(() => Boolean, { nullable: true })
  declaresTruthfulness?: boolean;

  @Field(() => Boolean, { nullable: true })
  declaresNoFee?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'key innovations, in order, at most 500 characters each',
  })
  innovations?: string[];

  @Field(() => [CompleterInput], { nullable: true })
  completers?: CompleterInput[];

  @Field(() => [ID], { nullable: true, description: 'completing organizations, in order' })
  completingOrganizationIds?: string[];
}
