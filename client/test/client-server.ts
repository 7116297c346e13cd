import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, preview } from 'vite';
import { clientConfig } from '../vite.config';

const clientRoot = fileURLToPath(new URL('..', import.meta.url));

export interface ServedClient {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the client and serves the build with `vite preview`, proxying to the given API: the test sees what
 * `npm run build && npm start` would ship. Built every run into a folder of the run's own, removed on stop:
 * never a stale dist/, and neither a second run nor `npm start` serving dist/ has its build replaced midway.
 */
export async function serveBuiltClient(apiUrl: string): Promise<ServedClient> {
  const outDir = mkdtempSync(join(tmpdir(), 'award-client-build-'));
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  const shipped = clientConfig({ apiUrl, port: 0 });
  const config: InlineConfig = {
    ...shipped,
    build: { ...shipped.build, outDir, emptyOutDir: true },
    root: clientRoot,
    configFile: false,
    logLevel: 'warn',
  };
  try {
    return await buildAndPreview(config, removeBuild);
  } catch (error) {
    removeBuild();
    throw error;
  }
}

async function buildAndPreview(config: InlineConfig, removeBuild: () => void): Promise<ServedClient> {
  // vitest sets NODE_ENV=test, for which Vite would build React's development bundle: build what ships.
  const testEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(config);
  } finally {
    process.env.NODE_ENV = testEnvironment;
  }
  const server = await preview(config);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview is not listening');
  return {
    url: url.replace(/\/$/, ''),
    async stop() {
      await server.close();
      removeBuild();
    },
  };
}
