import { WebSocket } from 'ws';

/** The chair console's subscription (client/src/chair-console/use-review-progress.ts), as it asks. */
export const CONSOLE_SUBSCRIPTION = `subscription ReviewProgressLive($cycleId: ID!) {
  reviewProgress(cycleId: $cycleId) {
    sequence at
    categories { category assigned drafted submitted notStarted overdue }
    experts { expertId name assigned drafted submitted notStarted overdue }
    ranking { nominationId code projectName category rank isTied sheetCount officialScore severityAdjusted spread hasDisagreement recommendedGrade }
  }
}`;

/** The snapshot's sequence, read off the message's first bytes (it comes first) without parsing it all. */
const SEQUENCE = /"sequence":(\d+)/;

/**
 * A console's socket, timing each message on arrival (microsecond clock) and reading its sequence
 * only: parsing a megabyte per console would time the bench, not the server.
 */
export class TimedConsole {
  /** the newest sequence received, and when it arrived */
  sequence = -1;
  arrivedAt = 0;
  lastMessage: Buffer | undefined;
  #waiting: { after: number; resolve: (arrivedAt: number) => void } | undefined;

  /** why the socket closed, if it did */
  closed: string | undefined;

  constructor(readonly socket: WebSocket) {
    socket.once('close', (code, reason) => {
      this.closed = `${code} ${reason}`;
    });
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      if (data.subarray(0, 40).includes('"type":"connection_ack"')) return;
      const sequence = Number(SEQUENCE.exec(data.subarray(0, 300).toString())?.[1] ?? Number.NaN);
      if (!(sequence > this.sequence)) return;
      this.sequence = sequence;
      this.arrivedAt = at;
      this.lastMessage = data;
      if (this.#waiting && sequence > this.#waiting.after) {
        this.#waiting.resolve(at);
        this.#waiting = undefined;
      }
    });
  }

  /** When the first message newer than `sequence` arrived, once it has. */
  newerThan(sequence: number): Promise<number> {
    if (this.sequence > sequence) return Promise.resolve(this.arrivedAt);
    return new Promise((resolve) => {
      this.#waiting = { after: sequence, resolve };
    });
  }

  close(): void {
    this.socket.terminate();
  }
}

function opened(url: string, protocol?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocol);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** A chair console on the API: graphql-transport-ws, signed in by bearer token, subscribed to the cycle. */
export async function apiConsole(url: string, token: string, cycleId: string): Promise<TimedConsole> {
  const socket = await opened(url, 'graphql-transport-ws');
  const timed = new TimedConsole(socket);
  const acknowledged = new Promise((resolve, reject) => {
    socket.once('message', resolve);
    socket.once('close', (code, reason) => reject(new Error(`the API closed a console: ${code} ${reason}`)));
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await acknowledged;
  socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: CONSOLE_SUBSCRIPTION, variables: { cycleId } },
    }),
  );
  return timed;
}

/** A listener on the raw broadcast server. */
export async function rawConsole(url: string): Promise<TimedConsole> {
  return new TimedConsole(await opened(url));
}

/** Opens `count` consoles, `batch` at a time, each ready (its first snapshot in) before the next batch. */
export async function openConsoles(
  count: number,
  open: () => Promise<TimedConsole>,
  ready: (console: TimedConsole) => Promise<unknown>,
  batch = 100,
): Promise<TimedConsole[]> {
  const consoles: TimedConsole[] = [];
  while (consoles.length < count) {
    const opening = await Promise.all(
      Array.from({ length: Math.min(batch, count - consoles.length) }, () => open()),
    );
    await Promise.all(opening.map(ready));
    consoles.push(...opening);
  }
  return consoles;
}
