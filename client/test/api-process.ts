import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface RunningApi {
  /** The API's origin, e.g. http://127.0.0.1:43127 (GraphQL at /graphql). */
  url: string;
  stop(): Promise<void>;
}

// The contract of the API's start:test script: one line on stdout once it serves requests.
const readyLine = /^API_READY (\S+)\s*$/;
const startTimeoutMs = 180_000;
const stopTimeoutMs = 15_000;

/** The API's own origin, whether it announces http://host:port or http://host:port/graphql. */
export function apiOrigin(announcedUrl: string): string {
  return new URL(announcedUrl).origin;
}

export function externalApi(url: string): RunningApi {
  return { url: apiOrigin(url), stop: async () => {} };
}

/** Starts the API on a fresh seeded database (its start:test script) and resolves once it announces itself. */
export async function startTestApi(repositoryRoot: string): Promise<RunningApi> {
  // A process group of its own, so that stopping it also stops what npm started beneath it.
  const child = spawn('npm', ['run', 'start:test', '-w', '@award/api'], {
    cwd: repositoryRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = once(child, 'close');
  // Kept to explain a failed start; both streams are read to the end so the API never blocks on a full pipe.
  const recentOutput: string[] = [];
  const remember = (line: string) => {
    recentOutput.push(line);
    if (recentOutput.length > 40) recentOutput.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const stdout = createInterface({ input: child.stdout });
  stdout.on('line', remember);

  // The whole group is signalled, as a terminal's Ctrl-C would: `sh -c` does not pass a signal on to the
  // script npm runs, so signalling npm alone would leave the API running. Killed outright only if it hangs.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const group = -child.pid;
    process.kill(group, 'SIGTERM');
    const timer = setTimeout(() => process.kill(group, 'SIGKILL'), stopTimeoutMs);
    await closed;
    clearTimeout(timer);
  };

  let startTimer: NodeJS.Timeout | undefined;
  const announced = new Promise<string>((resolve, reject) => {
    stdout.on('line', (line) => {
      const match = readyLine.exec(line);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`the API exited (${signal ?? code}) before printing API_READY`)),
    );
    child.on('error', reject);
    startTimer = setTimeout(
      () => reject(new Error(`the API did not print API_READY within ${startTimeoutMs} ms`)),
      startTimeoutMs,
    );
  });

  try {
    return { url: apiOrigin(await announced), stop };
  } catch (error) {
    await stop();
    throw new Error(
      `${(error as Error).message}\n--- last output of the API ---\n${recentOutput.join('\n')}`,
    );
  } finally {
    clearTimeout(startTimer);
  }
}
