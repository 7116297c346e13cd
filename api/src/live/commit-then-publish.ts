import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus, LiveTopics } from './event-bus.js';

export type Publish = <K extends keyof LiveTopics>(topic: K, ...args: LiveTopics[K]) => void;

/**
 * Runs one mutation's work in one transaction and publishes the events it raised only once the
 * transaction has committed: a subscriber never hears of a change that was rolled back.
 */
export async function commitThenPublish<T>(
  em: EntityManager,
  bus: EventBus,
  work: (em: EntityManager, publish: Publish) => Promise<T>,
): Promise<T> {
  const pending: (() => void)[] = [];
  const publish: Publish = (topic, ...args) => {
    pending.push(() => bus.publish(topic, ...args));
  };
  const result = await em.transactional((transaction) => work(transaction, publish));
  for (const send of pending) send();
  return result;
}
