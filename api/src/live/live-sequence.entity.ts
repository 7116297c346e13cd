import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { AwardCycle } from '../cycles/award-cycle.entity.js';

/**
 * The count of a cycle's live changes, and of those that move its results with the count its stored
 * results cover: written in SQL by live-sequence.ts and results-freshness.ts; here for the schema.
 */
@Entity()
export class LiveSequence {
  @ManyToOne(() => AwardCycle, { primary: true, deleteRule: 'cascade' })
  cycle!: AwardCycle;

  @Property({ type: 'bigint', default: 0 })
  value: Opt<string> = '0';

  @Property({ type: 'bigint', default: 0 })
  resultsChanges: Opt<string> = '0';

  @Property({ type: 'bigint', default: 0 })
  resultsComputed: Opt<string> = '0';
}
