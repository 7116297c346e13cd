import { setTimeout as sleep } from 'node:timers/promises';
import { type LoadResult, loadEach, type WriteRequest } from '../load.js';
import { isGood } from '../writes/index.js';

/** One kind of request of the mix, sent at a steady rate. */
export interface Stream {
  name: string;
  perSecond: number;
  /** connections of its load generator, enough to keep up with the rate at the API's latency */
  connections: number;
  next: () => WriteRequest;
}

/** One batch of a stream's requests, and when it started (seconds from the soak's start). */
export interface Round {
  stream: string;
  atSeconds: number;
  result: LoadResult;
}

/** Each stream sends a batch every 2 s, or one request as seldom as its rate asks. */
const roundSeconds = (perSecond: number) => Math.max(2, 1 / perSecond);

/** The requests a stream sends in `seconds` when the API keeps up. */
export const plannedRequests = (perSecond: number, seconds: number): number =>
  Math.floor(seconds / roundSeconds(perSecond)) * Math.round(perSecond * roundSeconds(perSecond));

/** What the soak's load sent and got back. */
export interface Sustained {
  rounds: Round[];
  /** the first few answers that were not data without errors, cut short */
  badBodies: string[];
}

/**
 * Runs every stream at once for `seconds`, each at its own rate: a batch per round through bench's
 * loadEach (autocannon), the next batch on time, or at once when the last one ran late. A stream that
 * falls behind stops at the end all the same (the soak is bounded) and shows as sent < planned.
 */
export async function sustain(
  url: string,
  streams: Stream[],
  seconds: number,
  onRound: (round: Round) => void = () => {},
): Promise<Sustained> {
  const startedAt = performance.now();
  const endsAt = startedAt + seconds * 1000;
  const rounds: Round[] = [];
  const badBodies: string[] = [];
  const isGoodKept = (body: string) => {
    const good = isGood(body);
    if (!good && badBodies.length < 5) badBodies.push(body.slice(0, 300));
    return good;
  };
  await Promise.all(
    streams.map(async (stream) => {
      const every = roundSeconds(stream.perSecond) * 1000;
      const count = Math.round(stream.perSecond * roundSeconds(stream.perSecond));
      for (let round = 0; round < Math.floor(seconds / (every / 1000)); round++) {
        const due = startedAt + round * every;
        if (performance.now() >= endsAt) break;
        await sleep(Math.max(0, due - performance.now()));
        const atSeconds = (performance.now() - startedAt) / 1000;
        const result = await loadEach(stream.name, url, count, stream.next, {
          connections: stream.connections,
          isGood: isGoodKept,
        });
        const done = { stream: stream.name, atSeconds, result };
        rounds.push(done);
        onRound(done);
      }
    }),
  );
  return { rounds, badBodies };
}
