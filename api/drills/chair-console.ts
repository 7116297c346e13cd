import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, type Outcome, send } from './graphql-http.js';

/** The part of the console's snapshot the drills compare: its change count and the progress counts. */
const PROGRESS = `reviewProgress(cycleId: $c) {
  sequence categories { category assigned drafted submitted overdue notStarted } }`;

export interface Progress {
  sequence: number;
  categories: { category: string; assigned: number; drafted: number; submitted: number }[];
}

/**
 * A chair's console subscribed to reviewProgress over graphql-ws, as the client's is: it reconnects
 * whenever its socket drops (the server then sends the current snapshot first) and keeps the last
 * snapshot it was sent.
 */
export class ChairConsole {
  latest: Progress | undefined;
  /** Connections acknowledged by the server: the first, then one per reconnection. */
  connections = 0;
  readonly #client: Client;
  readonly #unsubscribe: () => void;

  constructor(wsUrl: string, token: string, cycleId: string) {
    this.#client = createClient({
      url: `${wsUrl}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: Number.POSITIVE_INFINITY,
      // A refused connection (the server or Redis away) is worth retrying too, not only a closed one.
      shouldRetry: () => true,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200)),
      on: { connected: () => this.connections++ },
    });
    this.#unsubscribe = this.#client.subscribe<{ reviewProgress: Progress }>(
      { query: `subscription ($c: ID!) { ${PROGRESS} }`, variables: { c: cycleId } },
      {
        next: ({ data }) => {
          if (data) this.latest = data.reviewProgress;
        },
        error: () => {},
        complete: () => {},
      },
    );
  }

  async dispose(): Promise<void> {
    this.#unsubscribe();
    await this.#client.dispose();
  }
}

/** The console's state read over HTTP: the truth the subscribed consoles must come back to. */
export async function progressOverHttp(apiUrl: string, token: string, cycleId: string): Promise<Progress> {
  const outcome: Outcome = await send(apiUrl, {
    query: `query ($c: ID!) { ${PROGRESS} }`,
    variables: { c: cycleId },
    token,
  });
  if (outcome.kind !== 'answered') throw new Error(`reviewProgress: ${describe(outcome)}`);
  return outcome.data.reviewProgress as Progress;
}
