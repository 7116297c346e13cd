import exitHook from 'async-exit-hook';

interface Step {
  name: string;
  run: () => Promise<void>;
}

/**
 * What a script (the bench, the browser tests' API) started, undone in reverse order: at the end, after a failure, and on Ctrl-C or
 * SIGTERM. Signals go through async-exit-hook, which the embedded PostgreSQL already uses to stop
 * its server on exit; it waits for asynchronous hooks, where a plain signal listener would be cut
 * short by its process.exit.
 */
export class Cleanup {
  readonly #steps: Step[] = [];
  #running: Promise<void> | undefined;

  constructor() {
    exitHook.forceExitTimeout(30_000);
    exitHook((done) => {
      if (!this.#running) console.error('\nstopping: cleaning up…');
      void this.run().then(done);
    });
  }

  /** True once cleaning up has begun: failures after that are its consequences, not the cause. */
  get isRunning(): boolean {
    return this.#running !== undefined;
  }

  add(name: string, run: () => Promise<void>): void {
    this.#steps.push({ name, run });
  }

  /** Runs every step once, each even when an earlier one failed. */
  run(): Promise<void> {
    this.#running ??= (async () => {
      for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          console.error(`cleanup: could not ${step.name}:`, error instanceof Error ? error.message : error);
        }
      }
    })();
    return this.#running;
  }
}
