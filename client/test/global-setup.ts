import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { externalApi, type RunningApi, startTestApi } from './api-process';
import { serveBuiltClient } from './client-server';
import { harnessConfig } from './harness.config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API's origin, for the test's own requests. */
    apiUrl: string;
    /** The built client served by vite preview, proxying to that API. */
    clientUrl: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  const api: RunningApi = harnessConfig.externalApiUrl
    ? externalApi(harnessConfig.externalApiUrl)
    : await startTestApi(repositoryRoot);
  try {
    const client = await serveBuiltClient(api.url);
    project.provide('apiUrl', api.url);
    project.provide('clientUrl', client.url);
    return async () => {
      await client.stop();
      await api.stop();
    };
  } catch (error) {
    await api.stop();
    throw error;
  }
}
