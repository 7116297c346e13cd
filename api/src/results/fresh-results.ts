import type { RequestContext } from '../context.js';
import { refreshResults } from './results.service.js';

/** Brings a cycle's results up to date before a request shows them: once per request and cycle. */
export function freshResults({ loaders, em, events }: RequestContext, cycleId: string): Promise<true> {
  return loaders
    .batch<true>('fresh-results', async (cycleIds) => {
      for (const id of cycleIds) await refreshResults(em, events, id);
      return cycleIds.map(() => true as const);
    })
    .load(cycleId);
}
