import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ResultsRefresher } from './results-refresher.js';
import { readReviewProgress } from './review-progress.js';
import type { ReviewProgress } from './review-progress.types.js';

/** How long a starting console waits for others to share its first read. */
const START_WINDOW_MS = 10;

/**
 * The console's snapshots, read once per change and instance, whatever the number of consoles
 * subscribed: a console asking for a snapshot at least as new as a change it heard of shares the read
 * in flight or the last one, when that is new enough. A console that starts (or comes back) gets a
 * read that begins after it asked, since changes may have committed while nobody here was listening:
 * consoles that start together (a reconnecting crowd) share the next one. The ranking in
 * a snapshot is the last computed; the refresher brings it up to date behind it (results-refresher.ts).
 */
export class LiveSnapshots {
  readonly #latest = new Map<string, { sequence: number; snapshot: Promise<ReviewProgress> }>();
  readonly #next = new Map<string, Promise<ReviewProgress>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly results: ResultsRefresher,
  ) {}

  /** A snapshot read from now: the one that starts within a few milliseconds, for all who ask meanwhile. */
  current(cycleId: string): Promise<ReviewProgress> {
    let next = this.#next.get(cycleId);
    if (!next) {
      next = sleep(START_WINDOW_MS).then(() => {
        this.#next.delete(cycleId);
        return this.#read(cycleId, 0);
      });
      this.#next.set(cycleId, next);
    }
    return next;
  }

  /** A snapshot that includes at least the change numbered `atLeast`. */
  after(cycleId: string, atLeast: number): Promise<ReviewProgress> {
    const latest = this.#latest.get(cycleId);
    if (latest && latest.sequence >= atLeast) return latest.snapshot;
    return this.#read(cycleId, atLeast);
  }

  #read(cycleId: string, atLeast: number): Promise<ReviewProgress> {
    const snapshot = readReviewProgress(this.orm.em.fork(), cycleId);
    const entry = { sequence: atLeast, snapshot };
    this.#latest.set(cycleId, entry);
    snapshot.then(
      (read) => {
        // What was read, not what was asked: an event heard from elsewhere (another database on the same
        // Redis, in tests) must not make a stale snapshot look new.
        entry.sequence = read.sequence;
        this.results.request(cycleId);
      },
      () => {
        if (this.#latest.get(cycleId) === entry) this.#latest.delete(cycleId);
      },
    );
    return snapshot;
  }
}
