import autocannon from 'autocannon';
import type { Target } from './requests.js';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses whose body differs from the checked sample (a non-2xx response is one too). */
  mismatches: number;
}

/**
 * Loads a target with autocannon, in this process, for a warm-up (discarded) and then for the
 * measured run. Every response must be byte for byte `expectedBody`, the sample checked before.
 */
export async function load(target: Target, expectedBody: string, options: LoadOptions): Promise<LoadResult> {
  const run = (duration: number) =>
    autocannon({
      url: target.url,
      method: 'POST',
      headers: target.headers,
      body: target.body,
      connections: options.connections,
      duration,
      expectBody: expectedBody,
    });
  await run(options.warmUpSeconds);
  const result = await run(options.durationSeconds);
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    mismatches: result.mismatches,
  };
}
