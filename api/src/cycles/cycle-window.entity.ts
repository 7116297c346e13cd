import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { AwardCycle } from './award-cycle.entity.js';
import { WindowKind } from './cycle.enums.js';

/** A window of the timeline, stored as UTC instants and shown in the cycle's zone. */
@ObjectType()
@Entity()
@Unique({ properties: ['cycle', 'kind'] })
@Check({ name: 'cycle_window_order_check', expression: 'closes_at > opens_at' })
export class CycleWindow {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AwardCycle, { deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Field(() => WindowKind)
  @Enum({ items: () => WindowKind, nativeEnumName: 'window_kind' })
  kind!: WindowKind;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  closesAt!: Date;
}
