import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/postgres-server.js';

/** tsx's command-line entry, run with this process's own Node so children use the same version. */
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

export interface TsxScript {
  /** Prefix of the child's output lines in this process's output. */
  name: string;
  cwd: string;
  script: string;
  args?: string[];
  /** Added to this process's environment; a variable set to undefined is not passed on. */
  env: Record<string, string | undefined>;
}

/**
 * A TypeScript script in a child process of its own process group (tsx starts Node under itself),
 * so that stopping it stops the whole group. Its output goes to this process's stderr, prefixed.
 */
export class TsxChild {
  readonly process: ChildProcess;
  readonly #exited: Promise<number | null>;
  #hasExited = false;

  constructor(options: TsxScript) {
    this.process = spawn(process.execPath, [tsxCli, options.script, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.process.stdout, this.process.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) =>
        process.stderr.write(`[${options.name}] ${line}\n`),
      );
    }
    this.#exited = new Promise((resolve, reject) => {
      this.process.once('error', reject);
      this.process.once('exit', (code) => {
        this.#hasExited = true;
        resolve(code);
      });
    });
  }

  get hasExited(): boolean {
    return this.#hasExited;
  }

  /** The exit code, once the child has exited. */
  exited(): Promise<number | null> {
    return this.#exited;
  }

  /** SIGTERM to the whole group, then SIGKILL to whatever is left of it after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!signalGroup(this.process, 'SIGTERM')) return;
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      if (!signalGroup(this.process, 0)) return;
      await sleep(50);
    }
    signalGroup(this.process, 'SIGKILL');
  }
}

/** False when no process of the group is left. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

export interface ChildServer {
  url: string;
  child: TsxChild;
}

/** Starts a server script on a free port (passed as PORT) and waits until `readyPath` answers 200. */
export async function startChildServer(
  options: TsxScript & { readyPath: string; onStart: (child: TsxChild) => void },
): Promise<ChildServer> {
  const port = await freePort();
  const child = new TsxChild({ ...options, env: { ...options.env, PORT: String(port) } });
  options.onStart(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.hasExited)
      throw new Error(`${options.name} exited with code ${await child.exited()} at start-up`);
    try {
      const response = await fetch(`${url}${options.readyPath}`);
      if (response.ok) return { url, child };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${options.name} did not answer ${options.readyPath} within 120 s`);
}
