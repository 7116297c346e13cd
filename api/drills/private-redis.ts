import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterThisFile } from '../test/file-cleanup.js';
import { isMissingOnThisMachine } from '../test/missing-on-this-machine.js';
import { freePort } from '../test/postgres-server.js';

const REDIS_SERVER = '/usr/bin/redis-server';

/** Whether a suite that starts its own redis-server is skipped here (on CI it fails instead). */
export function isRedisServerMissing(suite: string): boolean {
  return isMissingOnThisMachine(suite, existsSync(REDIS_SERVER) ? undefined : `there is no ${REDIS_SERVER}`);
}

export interface PrivateRedis {
  url: string;
  /** SIGKILL: every connection drops, nothing is saved (nothing is kept anyway: no RDB, no AOF). */
  kill(): Promise<void>;
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>;
}

/** A redis-server of the drill's own on a free port, keeping nothing on disk; killed after the test file. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const kill = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };
  const start = async () => {
    server = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    while (!(await answersPing(port))) {
      if (server.exitCode !== null) throw new Error(`redis-server exited with code ${server.exitCode}`);
      await sleep(50);
    }
  };
  await start();
  afterThisFile(kill);
  return { url: `redis://127.0.0.1:${port}`, kill, start };
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}
