import { resolve } from 'node:path';
import type { Cleanup } from '../test/process-cleanup.js';
import { type ChildServer, startChildServer } from './child-process.js';

const apiDir = resolve(import.meta.dirname, '..');

/**
 * The API as production runs it (`npm start`: tsx src/main.ts), over the scratch database.
 * BENCH_API_NODE_OPTIONS reaches its Node only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
 */
export function startApiProcess(databaseUrl: string, cleanup: Cleanup): Promise<ChildServer> {
  return startChildServer({
    name: 'api',
    cwd: apiDir,
    script: 'src/main.ts',
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
    },
    readyPath: '/healthz',
    onStart: (child) => cleanup.add('stop the API', () => child.stop()),
  });
}
