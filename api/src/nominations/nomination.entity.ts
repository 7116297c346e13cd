import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { AwardCategory, Grade } from '../cycles/cycle.enums.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { NominationStatus } from './nomination.enums.js';

/**
 * One project put forward (提名书). The scalar sections of the form live here; the ordered and tabular
 * sections (completers, organizations, innovations, applications, benefits, IP) are rows of their own.
 */
@ObjectType({ description: '提名' })
@Entity()
@Unique({ properties: ['cycle', 'code'] })
@Index({ properties: ['cycle', 'category', 'status'] })
@Check({ name: 'nomination_project_name_length_check', expression: 'char_length(project_name) <= 30' })
@Check({
  name: 'nomination_dates_check',
  expression: 'end_date is null or start_date is null or end_date >= start_date',
})
@Check({
  name: 'nomination_ip_counts_check',
  expression: 'invention_patent_count >= 0 and other_ip_count >= 0',
})
@Check({
  name: 'nomination_objective_evaluation_length_check',
  expression: 'char_length(objective_evaluation) <= 300',
})
@Check({
  name: 'nomination_proposed_grade_check',
  expression: "proposed_grade is null or proposed_grade <> 'NONE'",
})
export class Nomination {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle)
  cycle!: AwardCycle;

  @Field(() => String, { description: 'number shown to users, e.g. INV-2024-001' })
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => AwardCategory)
  @Enum({ items: () => AwardCategory, nativeEnumName: 'award_category' })
  category!: AwardCategory;

  @Field(() => NominationStatus)
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  status: Opt<NominationStatus> = NominationStatus.DRAFT;

  /** Optimistic lock: a stale write is refused with CONFLICT. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  /** The nominating organization (提名单位). */
  @ManyToOne(() => Organization, { index: true })
  nominator!: Organization;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: User | null;

  @Field(() => String, { description: '项目名称, at most 30 characters' })
  @Property({ type: 'string', length: 60 })
  projectName!: string;

  @ManyToOne(() => ExpertiseField)
  field!: ExpertiseField;

  @Field(() => String, { nullable: true, description: '国民经济行业' })
  @Property({ type: 'string', length: 100, nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: '任务来源' })
  @Property({ type: 'string', length: 200, nullable: true })
  taskSource?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  inventionPatentCount: Opt<number> = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  otherIpCount: Opt<number> = 0;

  /** The grade the nominator proposes; null means it accepts the committee's grade. */
  @Field(() => Grade, { nullable: true })
  @Enum({ items: () => Grade, nativeEnumName: 'grade', nullable: true })
  proposedGrade?: Grade | null;

  @Field(() => String, { description: '项目简介' })
  @Property({ type: 'text', default: '' })
  summary: Opt<string> = '';

  @Field(() => String, { description: '客观评价, at most 300 characters' })
  @Property({ type: 'text', default: '' })
  objectiveEvaluation: Opt<string> = '';

  @Field(() => String, { description: '经济效益: the basis of the figures' })
  @Property({ type: 'text', default: '' })
  economicBasis: Opt<string> = '';

  @Field(() => String, { description: '社会效益' })
  @Property({ type: 'text', default: '' })
  socialBenefit: Opt<string> = '';

  @Field(() => String, { description: '提名意见' })
  @Property({ type: 'text', default: '' })
  nominatorOpinion: Opt<string> = '';

  @Field(() => Boolean, { description: 'the nominator declares the form truthful' })
  @Property({ type: 'boolean', default: false })
  declaresTruthfulness: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'the nominator declares it charged the team no fee' })
  @Property({ type: 'boolean', default: false })
  declaresNoFee: Opt<boolean> = false;

  @Field(() => Date, { nullable: true, description: 'when it was last submitted (a resubmission moves it)' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
