import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.js';
import type { WindowKind } from './cycle.enums.js';
import { CycleWindow } from './cycle-window.entity.js';

/**
 * Whether a window is open at `now`, to the second: from its opening second, included, to its closing
 * second, excluded ("16:00 截止" means a write at 16:00:00 is late). Instants are absolute, so the
 * cycle's time zone (Asia/Shanghai) only matters for how the times are shown.
 */
export function isWindowOpen(window: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  const second = Math.floor(now.getTime() / 1000) * 1000;
  return window.opensAt.getTime() <= second && second < window.closesAt.getTime();
}

/** Refuses with WINDOW_CLOSED, naming the window and its times, unless the cycle's window is open now. */
export async function assertWindowOpen(
  em: EntityManager,
  cycleId: string,
  kind: WindowKind,
  now = new Date(),
): Promise<void> {
  const window = await em.findOne(CycleWindow, { cycle: cycleId, kind });
  if (window && isWindowOpen(window, now)) return;
  throw new DomainError('WINDOW_CLOSED', `The ${kind.toLowerCase().replace('_', ' ')} window is not open.`, {
    window: kind,
    opensAt: window?.opensAt.toISOString() ?? null,
    closesAt: window?.closesAt.toISOString() ?? null,
  });
}
