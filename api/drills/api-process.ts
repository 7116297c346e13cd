import { resolve } from 'node:path';
import { type ChildServer, startChildServer } from '../bench/child-process.js';
import { afterThisFile } from '../test/file-cleanup.js';

export interface ApiProcess extends ChildServer {
  /** SIGKILL to the whole process group: no shutdown, no cleanup, as a crash or the OOM killer. */
  kill(): Promise<void>;
}

/**
 * The real API (`src/main.ts`, as `npm start` runs it in production) in a child process over
 * `DATABASE_URL`; with REDIS_URL, one instance of several. Stopped after the test file.
 */
export async function startApiProcess(
  name: string,
  env: { DATABASE_URL: string; REDIS_URL?: string; SEED_DEMO_DATA?: string },
): Promise<ApiProcess> {
  const server = await startChildServer({
    name,
    cwd: resolve(import.meta.dirname, '..'),
    script: 'src/main.ts',
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
      SEED_DEMO_DATA: 'false',
      // Never the suite's Redis: other test files' APIs publish there, on the same demo cycle's topics.
      REDIS_URL: undefined,
      ...env,
    },
    readyPath: '/healthz',
    onStart: (child) => afterThisFile(() => child.stop()),
  });
  return {
    ...server,
    async kill() {
      const { pid } = server.child.process;
      if (pid === undefined || server.child.hasExited) return;
      process.kill(-pid, 'SIGKILL');
      await server.child.exited();
    },
  };
}
