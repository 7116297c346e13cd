import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { NominationStatusChange } from '../nominations/nomination-status-change.type.js';
import type { BallotChange } from '../results/ballot-change.type.js';
import type { ScoreSheetChange } from '../scoring/score-sheet-change.type.js';

/**
 * Topics and their payloads. A cycle's topic is keyed by the cycle, so a console hears its cycle only;
 * SESSIONS_ENDED tells every instance to re-check the open sockets of a user whose sessions ended.
 */
export type LiveTopics = {
  NOMINATION_STATUS_CHANGED: [cycleId: string, payload: NominationStatusChange];
  SCORE_SHEET_CHANGED: [cycleId: string, payload: ScoreSheetChange];
  /** Something the chair's console shows changed in the cycle: read a fresh snapshot (live-sequence.ts). */
  LIVE_CHANGED: [cycleId: string, payload: { sequence: number }];
  SESSIONS_ENDED: [payload: { userId: string }];
  BALLOT_CHANGED: [cycleId: string, payload: BallotChange];
};

export type EventBus = PubSub<LiveTopics>;

export interface LiveEvents {
  bus: EventBus;
  /** A Redis connection for commands (the publishing one), when REDIS_URL is set. */
  redis?: Redis;
  close(): Promise<void>;
}

/**
 * In one process an in-memory bus serves; with REDIS_URL, Redis pub/sub carries every event to the
 * subscribers of all API instances.
 */
export function createEventBus(redisUrl: string | undefined, log: Logger): LiveEvents {
  if (!redisUrl) return { bus: createPubSub<LiveTopics>(), close: async () => {} };
  const connect = (role: string) => {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    client.on('error', (error) => log.warn({ err: error, role }, 'redis connection error'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    bus: createPubSub<LiveTopics>({ eventTarget }),
    redis: publishClient,
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
