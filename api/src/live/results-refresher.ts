import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { refreshResults } from '../results/results.service.js';
import type { EventBus } from './event-bus.js';

/**
 * Keeps the consoles' ranking following the sheets without holding up their counts: a snapshot is sent
 * with the results as last computed, and this brings them up to date behind it (one computation per
 * cycle at a time, again once if asked meanwhile); the computation counts a live change, so that every
 * console reads the new ranking.
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

  async #refresh(cycleId: string): Promise<void> {
    await refreshResults(this.orm.em.fork(), this.bus, cycleId);
  }
}
