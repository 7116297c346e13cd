import type { EntityManager } from '@mikro-orm/postgresql';
import { WindowKind } from '../cycles/cycle.enums.js';
import { CycleWindow } from '../cycles/cycle-window.entity.js';

/** An assignment is due when the cycle's preliminary review window closes (none set: no deadline yet). */
export async function reviewDeadline(em: EntityManager, cycleId: string): Promise<Date | null> {
  const window = await em.findOne(CycleWindow, { cycle: cycleId, kind: WindowKind.PRELIMINARY_REVIEW });
  return window?.closesAt ?? null;
}

/**
 * When an expert's review is due: the later of its own deadline (which the chair can extend) and the
 * close of the cycle's preliminary review window (which the secretariat can move); null when neither
 * is set.
 */
export async function effectiveDeadline(
  em: EntityManager,
  cycleId: string,
  assignmentDueAt: Date | null | undefined,
): Promise<Date | null> {
  const windowCloses = await reviewDeadline(em, cycleId);
  const candidates = [assignmentDueAt, windowCloses].filter((date): date is Date => date instanceof Date);
  return candidates.length ? new Date(Math.max(...candidates.map((date) => date.getTime()))) : null;
}
