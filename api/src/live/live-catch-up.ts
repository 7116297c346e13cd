import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from './event-bus.js';

/**
 * Every cycle's count of changes, published again once this instance's subscriptions to Redis are back
 * (event-bus.ts): the changes published while they were away never reached its consoles. A console
 * behind the count reads a fresh snapshot (review-progress.resolver.ts); one that is not, on any
 * instance, ignores it.
 */
export async function republishLiveSequences(em: EntityManager, bus: EventBus): Promise<void> {
  const rows = await em.execute<{ cycle_id: string; value: string }[]>(
    'select cycle_id, value from live_sequence',
  );
  for (const row of rows) bus.publish('LIVE_CHANGED', row.cycle_id, { sequence: Number(row.value) });
}
