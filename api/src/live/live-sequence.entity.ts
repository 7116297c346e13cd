import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { AwardCycle } from '../cycles/award-cycle.entity.js';

/** The count of a cycle's live changes, written by live-sequence.ts in SQL; here for the schema. */
@Entity()
export class LiveSequence {
  @ManyToOne(() => AwardCycle, { primary: true, deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Property({ type: 'bigint', default: 0 })
  value: Opt<string> = '0';
}
