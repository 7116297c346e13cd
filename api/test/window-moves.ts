import { inWindowOrder, type OrderedWindowKind, windowOrder } from '@award/schema/rules/window-order';

const DAY_MS = 86_400_000;

export interface CycleWindow {
  kind: string;
  opensAt: string;
  closesAt: string;
}

/**
 * The setCycleWindow calls, in the order to make them, that open the windows of these kinds from an hour ago
 * until `closesAt`: the windows after them in the award's order move out of their way first (a day each,
 * from when these close), latest first, as the server keeps the timeline in order at every step. The
 * timeline as it was goes back earliest first: each window returns before the next one, still moved, opens.
 */
export function windowMovesOpening(
  kinds: OrderedWindowKind[],
  closesAt: number,
  now = Date.now(),
): CycleWindow[] {
  const last = Math.max(...kinds.map((kind) => windowOrder.indexOf(kind)));
  const later = windowOrder.slice(last + 1).map((kind, index) => ({
    kind,
    opensAt: new Date(closesAt + index * DAY_MS).toISOString(),
    closesAt: new Date(closesAt + (index + 1) * DAY_MS).toISOString(),
  }));
  const opened = inWindowOrder(kinds.map((kind) => ({ kind }))).map(({ kind }) => ({
    kind,
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(closesAt).toISOString(),
  }));
  return [...opened, ...later].reverse();
}
