import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CategoryConfig } from './category-config.entity.js';
import { Grade } from './cycle.enums.js';

/** How many completers and completing organizations a nomination may credit for the grade it proposes. */
@ObjectType()
@Entity()
@Unique({ properties: ['categoryConfig', 'grade'] })
@Check({ name: 'credit_limit_positive_check', expression: 'max_completers > 0 and max_organizations > 0' })
@Check({ name: 'credit_limit_grade_check', expression: "grade <> 'NONE'" })
export class CreditLimit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => CategoryConfig, { deleteRule: 'cascade' })
  categoryConfig!: CategoryConfig;

  @Field(() => Grade)
  @Enum({ items: () => Grade, nativeEnumName: 'grade' })
  grade!: Grade;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxCompleters!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxOrganizations!: number;
}
