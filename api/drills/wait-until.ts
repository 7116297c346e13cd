import { setTimeout as sleep } from 'node:timers/promises';

/** When `condition` first held (performance.now()), checked every 20 ms; undefined if not within `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<number | undefined> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return performance.now();
    await sleep(20);
  }
  return condition() ? performance.now() : undefined;
}
