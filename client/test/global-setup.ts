import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { externalApi, type RunningApi, startTestApi } from './api-process';
import { launchBrowserServer } from './browser';
import { serveBuiltClient } from './client-server';
import { harnessConfig } from './harness.config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API's origin, for the test's own requests. */
    apiUrl: string;
    /** The built client served by vite preview, proxying to that API. */
    clientUrl: string;
    /** The shared browser's WebSocket endpoint, for playwright's `connect`. */
    browserEndpoint: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const api: RunningApi = harnessConfig.externalApiUrl
      ? externalApi(harnessConfig.externalApiUrl)
      : await startTestApi(repositoryRoot);
    stops.push(() => api.stop());
    // The browser starts while the client builds, and is closed whatever happens to the build.
    const browserStart = launchBrowserServer();
    browserStart.then((browser) => stops.push(() => browser.close())).catch(() => {});
    const client = await serveBuiltClient(api.url);
    stops.push(() => client.stop());
    const browser = await browserStart;
    project.provide('apiUrl', api.url);
    project.provide('clientUrl', client.url);
    project.provide('browserEndpoint', browser.wsEndpoint());
    return stopAll;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
