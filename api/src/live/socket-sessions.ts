import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { findLiveSession } from '../auth/session.service.js';
import type { EventBus } from './event-bus.js';

/** graphql-ws's close code for a connection whose credentials no longer hold. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** setTimeout's longest delay (about 24.8 days); sessions are far shorter. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

interface WatchedSocket {
  socket: WebSocket;
  token: string;
}

/**
 * A subscription is authorized when it starts, but a session can end while it runs: it expires, the user
 * signs out or changes the password, the secretariat disables the account. Every signed-in socket is
 * closed when its session expires, and re-checked whenever SESSIONS_ENDED names its user, so that no
 * event reaches a client whose session is over (on any instance, when the bus is Redis).
 */
export class SocketSessions {
  readonly #byUser = new Map<string, Set<WatchedSocket>>();
  readonly #sessionsEnded: AsyncIterableIterator<{ userId: string }>;

  constructor(
    private readonly fork: () => EntityManager,
    bus: EventBus,
    private readonly log: Logger,
  ) {
    this.#sessionsEnded = bus.subscribe('SESSIONS_ENDED');
    void this.#listen();
  }

  /** Watches the socket's session until the socket closes; a socket without a live session is left alone. */
  async watch(socket: WebSocket, token: string | undefined): Promise<void> {
    const session = await findLiveSession(this.fork(), token);
    if (!session || !token) return;
    const watched = { socket, token };
    const { userId } = session.viewer;
    const sockets = this.#byUser.get(userId) ?? new Set();
    sockets.add(watched);
    this.#byUser.set(userId, sockets);
    const msLeft = Math.min(session.expiresAt.getTime() - Date.now(), LONGEST_TIMER_MS);
    const expiry = setTimeout(() => socket.close(SESSION_ENDED_CLOSE_CODE, 'Session expired'), msLeft);
    socket.once('close', () => {
      clearTimeout(expiry);
      sockets.delete(watched);
      if (sockets.size === 0) this.#byUser.delete(userId);
    });
  }

  async close(): Promise<void> {
    await this.#sessionsEnded.return?.();
  }

  async #listen(): Promise<void> {
    for await (const { userId } of this.#sessionsEnded) {
      await this.#recheck(userId).catch((error) =>
        this.log.warn({ err: error, userId }, 'session re-check failed'),
      );
    }
  }

  async #recheck(userId: string): Promise<void> {
    for (const { socket, token } of this.#byUser.get(userId) ?? []) {
      if (!(await findLiveSession(this.fork(), token)))
        socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    }
  }
}
