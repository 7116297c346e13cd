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
 * `npm run build && npm start` would ship. Built every run, so a stale dist/ is never what is tested.
 */
export async function serveBuiltClient(apiUrl: string): Promise<ServedClient> {
  const config: InlineConfig = {
    ...clientConfig({ apiUrl, port: 0 }),
    root: clientRoot,
    configFile: false,
    logLevel: 'warn',
  };
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
  return { url: url.replace(/\/$/, ''), stop: () => server.close() };
}
