import { setMaxListeners } from 'node:events';
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
 * subscribers of all API instances. A publish never waits on Redis: while it is away, ioredis keeps the
 * event until it is back. The events published meanwhile by other instances never reach this one, so
 * `onResubscribed` runs once its subscriptions are back, for it to catch up.
 */
export function createEventBus(
  redisUrl: string | undefined,
  log: Logger,
  onResubscribed: () => Promise<void> = async () => {},
): LiveEvents {
  if (!redisUrl) {
    // Every console listens to its cycle's topic: a thousand listeners are expected, not a leak.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { bus: createPubSub<LiveTopics>({ eventTarget }), close: async () => {} };
  }
  const connect = (role: string) => {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    client.on('error', (error) => log.warn({ err: error, role }, 'redis connection error'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  let isFirstConnection = true;
  subscribeClient.on('ready', () => {
    if (isFirstConnection) {
      isFirstConnection = false;
      return;
    }
    // ioredis sends the SUBSCRIBEs again before 'ready'; the PING's answer comes after theirs.
    subscribeClient
      .ping()
      .then(onResubscribed)
      .catch((error) => log.warn({ err: error }, 'could not catch up after Redis came back'));
  });
  const eventTarget = createRedisEventTarget({
    publishClient: reportingFailures(publishClient, 'publish', log),
    subscribeClient: reportingFailures(subscribeClient, 'subscribe', log),
  });
  return {
    bus: createPubSub<LiveTopics>({ eventTarget }),
    redis: publishClient,
    async close() {
      await Promise.all([close(publishClient), close(subscribeClient)]);
    },
  };
}

/** The commands the event target sends without looking at their answers. */
const unwatchedCommands = new Set<PropertyKey>(['publish', 'subscribe', 'unsubscribe']);

/**
 * The client as the event target sees it. It sends PUBLISH, SUBSCRIBE and UNSUBSCRIBE and drops their
 * promises, so one that fails (an UNSUBSCRIBE still on its way when the bus closes: "Connection is
 * closed.") was an unhandled rejection, which ends a Node process. Here each such failure is logged.
 */
function reportingFailures(client: Redis, role: string, log: Logger): Redis {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (!unwatchedCommands.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const answer: Promise<unknown> = value.apply(target, args);
        answer.catch((error) => log.warn({ err: error, role, command: property }, 'redis command failed'));
        return answer;
      };
    },
  });
}

/**
 * QUIT when connected, so the commands already sent (the last events, an UNSUBSCRIBE) are answered first;
 * while Redis is away there is nothing to wait for (QUIT would wait behind the offline queue): disconnect.
 */
async function close(client: Redis): Promise<void> {
  if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}
