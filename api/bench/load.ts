import autocannon from 'autocannon';
import type { Target } from './requests.js';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
  /** requests per second across all connections, instead of as many as the server answers */
  overallRate?: number;
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
      overallRate: options.overallRate,
      expectBody: expectedBody,
    });
  await run(options.warmUpSeconds);
  return loadResult(target.name, await run(options.durationSeconds), 'average');
}

/** One write of a sequence: each request differs (another sheet, another token). */
export interface WriteRequest {
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `count` requests to `url`, each the next of `next()`, over `connections` connections. A
 * response is good when `isGood(body)` holds; any other is counted under `mismatches`. Throughput is
 * the requests over the run's whole duration (the run has a fixed amount, not a fixed time).
 */
export async function loadEach(
  name: string,
  url: string,
  count: number,
  next: () => WriteRequest,
  options: { connections: number; isGood: (body: string) => boolean },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: Math.min(options.connections, count),
    amount: count,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
    verifyBody: (body) => options.isGood(String(body ?? '')),
  });
  return loadResult(name, result, 'whole run');
}

function loadResult(name: string, result: autocannon.Result, rate: 'average' | 'whole run'): LoadResult {
  return {
    name,
    requestsPerSecond: rate === 'average' ? result.requests.average : result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    mismatches: result.mismatches,
  };
}
