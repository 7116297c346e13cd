import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { decimalNumber } from '../db/column-types.js';
import { Nomination } from './nomination.entity.js';

// A function, not a constant: the ORM writes into the options object it is given.
const money = () => ({ type: decimalNumber(), precision: 14, scale: 2, default: 0 }) as const;

/** One year of the three-year economic benefit table (经济效益), in 万元 (10,000 CNY). */
@ObjectType({ description: '经济效益 (万元)' })
@Entity()
@Unique({ properties: ['nomination', 'year'] })
@Check({ name: 'economic_benefit_year_check', expression: 'year between 1990 and 2100' })
export class EconomicBenefit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Float, { description: '新增销售额' })
  @Property(money())
  newSales: Opt<number> = 0;

  @Field(() => Float, { description: '新增利润' })
  @Property(money())
  newProfit: Opt<number> = 0;

  @Field(() => Float, { description: '新增税收' })
  @Property(money())
  newTax: Opt<number> = 0;

  @Field(() => Float, { description: '创收外汇' })
  @Property(money())
  foreignExchange: Opt<number> = 0;

  @Field(() => Float, { description: '节支总额' })
  @Property(money())
  savings: Opt<number> = 0;
}
