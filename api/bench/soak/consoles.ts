import { setTimeout as sleep } from 'node:timers/promises';
import { apiConsole, openConsoles, type TimedConsole } from '../fanout/consoles.js';
import { type Progress, progressInDatabase } from './progress-check.js';

/** A subscription's end or failure, read off a message's first bytes (graphql-ws puts the type first). */
const ENDED = /"type":"(error|complete)"|"payload":\{"errors"/;

/**
 * Chair consoles subscribed through the API for the whole soak (the bench's S1 consoles), watched for
 * what must not happen under load: a socket the API closes, a subscription that fails or ends.
 */
export class SoakConsoles {
  closedEarly = 0;
  failures = 0;
  #isClosing = false;

  private constructor(readonly consoles: TimedConsole[]) {
    for (const { socket } of consoles) {
      socket.on('close', () => {
        if (!this.#isClosing) this.closedEarly++;
      });
      socket.on('message', (data: Buffer) => {
        if (ENDED.test(data.subarray(0, 80).toString())) this.failures++;
      });
    }
  }

  /** `count` consoles of the chair on the cycle, each with its first snapshot in. */
  static async open(
    apiUrl: string,
    chairToken: string,
    cycleId: string,
    count: number,
  ): Promise<SoakConsoles> {
    const wsUrl = `${apiUrl.replace('http', 'ws')}/graphql`;
    return new SoakConsoles(
      await openConsoles(
        count,
        () => apiConsole(wsUrl, chairToken, cycleId),
        (chairConsole) => chairConsole.newerThan(-1),
      ),
    );
  }

  /**
   * The database's progress once every console shows its change count and none has received anything
   * for `quietMs` (the ranking's refresh counts a change of its own after the last write); after
   * `maxMs`, the database's progress as it is, for the comparison to show how far the consoles are.
   */
  async settled(databaseUrl: string, cycleId: string, quietMs = 3000, maxMs = 60_000): Promise<Progress> {
    const deadline = performance.now() + maxMs;
    for (;;) {
      const truth = await progressInDatabase(databaseUrl, cycleId);
      const lastArrival = Math.max(...this.consoles.map((chairConsole) => chairConsole.arrivedAt));
      const isQuiet = performance.now() - lastArrival >= quietMs;
      if (
        (isQuiet && this.consoles.every((chairConsole) => chairConsole.sequence === truth.sequence)) ||
        performance.now() > deadline
      )
        return truth;
      await sleep(250);
    }
  }

  close(): void {
    this.#isClosing = true;
    for (const chairConsole of this.consoles) chairConsole.close();
  }
}
