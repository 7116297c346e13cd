import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './postgres-server.js';

const apiRoot = join(import.meta.dirname, '..');

/** `npm start`'s API process, with no DATABASE_URL, in a process group of its own. */
function startApiProcess(environment: Record<string, string>): ChildProcess {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawn('npx', ['tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...inherited, ...environment, LOG_LEVEL: 'warn' },
    detached: true,
    stdio: 'ignore',
  });
}

/** Stops the whole group, then waits for PostgreSQL to remove its pid file: a shut-down data folder. */
async function stopApiProcess(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.pid !== undefined) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  }
  for (let attempt = 0; attempt < 60 && existsSync(join(dataDir, 'postmaster.pid')); attempt++)
    await sleep(250);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const status = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(500);
  }
  throw new Error('the API did not become healthy');
}

interface DemoFigures {
  data: { awardCycles: { year: number }[]; nominations: { totalCount: number } };
}

async function postGraphQL<T>(url: string, query: string, token?: string): Promise<{ data: T }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data: T };
}

/** What the demo data looks like to the secretariat. */
async function demoFigures(url: string): Promise<DemoFigures> {
  const signIn = await postGraphQL<{ login: { token: string } }>(
    url,
    'mutation { login(email: "secretariat@example.com", password: "Award2024!demo") { token } }',
  );
  const token = signIn.data.login.token as string;
  return (await postGraphQL(
    url,
    '{ awardCycles { year } nominations(first: 1) { totalCount } }',
    token,
  )) as DemoFigures;
}

describe('start-up without DATABASE_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'award-embedded-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('initialises, migrates and seeds an embedded PostgreSQL on first start, and reuses it after', async () => {
    const environment = {
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
    };
    const url = `http://127.0.0.1:${environment.PORT}`;

    const first = startApiProcess(environment);
    let seeded: DemoFigures;
    try {
      await waitForHealth(url, first);
      seeded = await demoFigures(url);
      expect(seeded.data.awardCycles).toEqual([{ year: 2024 }]);
      expect(seeded.data.nominations.totalCount).toBeGreaterThanOrEqual(60);
    } finally {
      await stopApiProcess(first, dataDir);
    }

    const second = startApiProcess(environment);
    try {
      await waitForHealth(url, second);
      // The same data folder and demo cycle, not seeded a second time.
      expect(await demoFigures(url)).toEqual(seeded);
    } finally {
      await stopApiProcess(second, dataDir);
    }
  }, 180_000);
});
