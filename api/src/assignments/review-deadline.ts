import type { EntityManager } from '@mikro-orm/postgresql';
import { WindowKind } from '../cycles/cycle.enums.js';
import { CycleWindow } from '../cycles/cycle-window.entity.js';

/** An assignment is due when the cycle's preliminary review window closes (none set: no deadline yet). */
export async function reviewDeadline(em: EntityManager, cycleId: string): Promise<Date | null> {
  const window = await em.findOne(CycleWindow, { cycle: cycleId, kind: WindowKind.PRELIMINARY_REVIEW });
  return window?.closesAt ?? null;
}
