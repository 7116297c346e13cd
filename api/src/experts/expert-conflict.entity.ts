import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Nomination } from '../nominations/nomination.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Expert } from './expert.entity.js';

/** Conflicts recorded by hand; the others (employer, completer) are derived from the data. */
export enum ConflictSource {
  DECLARED = 'DECLARED',
  SIGNED_APPRAISAL_OR_ACCEPTANCE = 'SIGNED_APPRAISAL_OR_ACCEPTANCE',
}
registerEnumType(ConflictSource, { name: 'ConflictSource' });

/** A recorded conflict of interest (回避) with an organization or a named nomination. */
@ObjectType()
@Entity()
@Check({
  name: 'expert_conflict_target_check',
  expression: 'organization_id is not null or nomination_id is not null',
})
export class ExpertConflict {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Expert, { deleteRule: 'cascade' })
  expert!: Expert;

  @Field(() => ConflictSource)
  @Enum({ items: () => ConflictSource, nativeEnumName: 'conflict_source' })
  source!: ConflictSource;

  @ManyToOne(() => Organization, { nullable: true })
  organization?: Organization | null;

  @ManyToOne(() => Nomination, { nullable: true, deleteRule: 'cascade' })
  nomination?: Nomination | null;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();
}
