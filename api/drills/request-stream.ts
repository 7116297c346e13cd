import { setTimeout as sleep } from 'node:timers/promises';
import { type GraphQLRequest, type Outcome, send } from './graphql-http.js';
import { inTurns } from './in-turns.js';

export interface Sent<T> {
  item: T;
  outcome: Outcome;
  /** When the answer (or the failure) came, in ms of performance.now(). */
  at: number;
}

/**
 * A stream of writes, one started every `intervalMs` at most and `concurrency` in flight at a time,
 * each to the API that `apiUrl()` names when it starts (a fault may change it). A drill injects its
 * fault once enough of them have been answered.
 */
export class RequestStream<T> {
  readonly done: Promise<Sent<T>[]>;
  #answered = 0;
  #waiting: { count: number; resolve: () => void }[] = [];

  constructor(
    items: readonly T[],
    request: (item: T) => GraphQLRequest,
    options: { apiUrl: () => string; concurrency: number; intervalMs?: number },
  ) {
    const startedAt = performance.now();
    this.done = inTurns(items, options.concurrency, async (item, index) => {
      // Paced, as experts submit over time, so that the stream goes on while the fault lasts and after.
      await sleep(Math.max(0, startedAt + index * (options.intervalMs ?? 0) - performance.now()));
      const outcome = await send(options.apiUrl(), request(item));
      if (outcome.kind === 'answered') this.#countAnswer();
      return { item, outcome, at: performance.now() };
    }).finally(() => {
      for (const waiting of this.#waiting) waiting.resolve();
    });
  }

  /** Once `count` writes have been answered (or the stream has ended). */
  answered(count: number): Promise<void> {
    if (this.#answered >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push({ count, resolve }));
  }

  #countAnswer(): void {
    this.#answered += 1;
    for (const waiting of this.#waiting.filter(({ count }) => count <= this.#answered)) waiting.resolve();
    this.#waiting = this.#waiting.filter(({ count }) => count > this.#answered);
  }
}
