import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { refreshResults } from '../results/results.service.js';
import { commitThenPublish } from './commit-then-publish.js';
import type { EventBus } from './event-bus.js';
import { recordLiveChange } from './live-sequence.js';

/**
 * Keeps the consoles' ranking following the sheets without holding up their counts: a snapshot is sent
 * with the results as last computed, and this brings them up to date behind it (one computation per
 * cycle at a time, again once if asked meanwhile), then counts a live change so that every console
 * reads the new ranking.
 */
export class ResultsRefresher {
  readonly #running = new Map<string, Promise<void>>();
  readonly #askedAgain = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  request(cycleId: string): void {
    if (this.#running.has(cycleId)) {
      this.#askedAgain.add(cycleId);
      return;
    }
    const run = this.#refresh(cycleId)
      .catch((error) => this.log.warn({ err: error, cycleId }, 'results refresh failed'))
      .finally(() => {
        this.#running.delete(cycleId);
        if (this.#askedAgain.delete(cycleId)) this.request(cycleId);
      });
    this.#running.set(cycleId, run);
  }

  /** Waits for the refreshes under way (at shutdown). */
  async settle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }

  #refresh(cycleId: string): Promise<void> {
    return refreshResultsLive(this.orm.em.fork(), this.bus, cycleId);
  }
}

/**
 * Brings the cycle's results up to date and, when that changed them, counts a live change: the
 * consoles, whose last snapshot carries the ranking as it was, then read the new one. Whoever
 * recomputes (a request about to show results, or the refresher) tells them.
 */
export async function refreshResultsLive(em: EntityManager, bus: EventBus, cycleId: string): Promise<void> {
  if (!(await refreshResults(em, cycleId))) return;
  await commitThenPublish(em, bus, (tx, publish) => recordLiveChange(tx, publish, cycleId));
}
