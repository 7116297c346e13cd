import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { CycleWindowsQuery, WindowKind } from '@award/schema/generated/graphql';
import { useEffect, useState } from 'react';

const cycleWindowsQuery = graphql(`
  query CycleWindows($id: ID!) {
    awardCycle(id: $id) {
      id
      timeZone
      windows {
        id
        kind
        opensAt
        closesAt
      }
    }
  }
`);

export type CycleWindow = CycleWindowsQuery['awardCycle']['windows'][number];

export type WindowPhase = 'notYetOpen' | 'open' | 'closed';

/**
 * Where `now` falls in a window, as the server decides it: open from its opening second, included, to its
 * closing second, excluded (award-rules.md: late submissions are refused). The server checks every write
 * again; this only tells the user in advance.
 */
export function windowPhase(window: Pick<CycleWindow, 'opensAt' | 'closesAt'>, now: number): WindowPhase {
  const second = Math.floor(now / 1000) * 1000;
  if (second < Date.parse(window.opensAt)) return 'notYetOpen';
  return second < Date.parse(window.closesAt) ? 'open' : 'closed';
}

/** The clock, ticking every `intervalMs`, so that a countdown and an open/closed state follow the time. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface CycleWindowState {
  window?: CycleWindow;
  timeZone?: string;
  phase?: WindowPhase;
  loading: boolean;
  error?: Error;
}

// setTimeout's longest delay (about 24.8 days); a later change is waited for in several steps.
const longestTimeout = 2 ** 31 - 1;

/** Re-renders when the window opens or closes, and not in between (a countdown ticks on its own). */
function usePhase(window: CycleWindow | undefined): WindowPhase | undefined {
  const [now, setNow] = useState(Date.now);
  const phase = window && windowPhase(window, now);
  useEffect(() => {
    if (!window || phase === 'closed') return undefined;
    const next = Date.parse(phase === 'notYetOpen' ? window.opensAt : window.closesAt);
    const timer = setTimeout(() => setNow(Date.now()), Math.min(longestTimeout, next - Date.now() + 1));
    return () => clearTimeout(timer);
  }, [window, phase]);
  return phase;
}

/** A cycle's windows and its time zone (none asked for while the cycle is not known yet). */
export function useCycleWindows(cycleId: string | undefined) {
  return useQuery(cycleWindowsQuery, { variables: { id: cycleId ?? '' }, skip: !cycleId });
}

/** One window of a cycle (the nomination window, say) and whether it is open now, kept current. */
export function useCycleWindow(cycleId: string | undefined, kind: WindowKind): CycleWindowState {
  const { data, loading, error } = useCycleWindows(cycleId);
  const window = data?.awardCycle.windows.find((candidate) => candidate.kind === kind);
  const phase = usePhase(window);
  return { window, timeZone: data?.awardCycle.timeZone, phase, loading, error };
}
