import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AwardCategory, Grade } from '../cycles/cycle.enums.js';
import { IdDocumentType, IntellectualPropertyKind } from './nomination.enums.js';

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

@InputType({ description: 'a row of the application table (推广应用情况), in order' })
export class ApplicationRecordInput {
  @Field(() => String)
  userOrganization!: string;

  @Field(() => String)
  technologyApplied!: string;

  @Field(() => String, { description: 'e.g. 2022.03-2024.03' })
  period!: string;

  @Field(() => String)
  contact!: string;

  @Field(() => String)
  benefit!: string;
}

@InputType({ description: 'one year of the economic benefit table (经济效益), in 万元' })
export class EconomicBenefitInput {
  @Field(() => Int, { description: 'one of Nomination.benefitYears' })
  year!: number;

  @Field(() => Float)
  newSales!: number;

  @Field(() => Float, { description: 'may be negative' })
  newProfit!: number;

  @Field(() => Float)
  newTax!: number;

  @Field(() => Float)
  foreignExchange!: number;

  @Field(() => Float)
  savings!: number;
}

@InputType({ description: 'an entry of the IP list (知识产权), in order' })
export class IntellectualPropertyInput {
  @Field(() => IntellectualPropertyKind)
  kind!: IntellectualPropertyKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'patent, registration, standard or DOI number' })
  number!: string;

  @Field(() => String)
  holder!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  grantedOn?: string | null;
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

  @Field(() => [ApplicationRecordInput], { nullable: true })
  applications?: ApplicationRecordInput[];

  @Field(() => [EconomicBenefitInput], {
    nullable: true,
    description: 'at most one row per year of Nomination.benefitYears',
  })
  economicBenefits?: EconomicBenefitInput[];

  @Field(() => [IntellectualPropertyInput], { nullable: true })
  intellectualProperty?: IntellectualPropertyInput[];
}
