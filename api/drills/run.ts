/**
 * npm run drill -w @award/api -- [name …]: the named fault drills (test/drills/<name>.test.ts), all of
 * them when none is named, run by vitest as in `npm test` (on DATABASE_URL's PostgreSQL, or an embedded
 * one). Each prints its summary line; the exit code is vitest's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const apiDir = resolve(import.meta.dirname, '..');
const drills = readdirSync(resolve(apiDir, 'test/drills'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.test\.ts$/, ''));
const named = process.argv.slice(2);
const unknown = named.filter((name) => !drills.includes(name));
if (unknown.length > 0) {
  console.error(`no drill named ${unknown.join(', ')}; the drills: ${drills.join(', ')}`);
  process.exit(2);
}
// vitest's command-line entry, run with this process's Node, as the bench runs tsx.
const vitest = resolve(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const files = (named.length > 0 ? named : drills).map((name) => `test/drills/${name}.test.ts`);
const run = spawnSync(process.execPath, [vitest, 'run', ...files], { cwd: apiDir, stdio: 'inherit' });
process.exit(run.status ?? 1);
