import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { findById } from '../db/find-by-id.js';
import { badInput, DomainError } from '../errors.js';
import { term } from '../i18n/terms.js';
import { shanghaiTime } from '../i18n/text.js';
import { AwardCycle } from './award-cycle.entity.js';
import type { WindowKind } from './cycle.enums.js';
import { CycleWindow } from './cycle-window.entity.js';
import { assertWindowInOrder } from './window-order.js';

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
  const times = window && `${shanghaiTime(window.opensAt)} 至 ${shanghaiTime(window.closesAt)}，北京时间`;
  const en = `The ${kind.toLowerCase().replace('_', ' ')} window is not open.`;
  const zh = `${term('window', kind)}窗口未开放${times ? `（${times}）` : ''}`;
  throw new DomainError(
    'WINDOW_CLOSED',
    { en, zh },
    {
      window: kind,
      opensAt: window?.opensAt.toISOString() ?? null,
      closesAt: window?.closesAt.toISOString() ?? null,
    },
  );
}

/**
 * The secretariat sets (or moves) a window of the cycle's timeline: an extension of the nomination
 * window, the dates of formal review, in the award's order. The change is audited with the times
 * before and after.
 */
export async function setCycleWindow(
  em: EntityManager,
  viewer: Viewer,
  input: { cycleId: string; kind: WindowKind; opensAt: Date; closesAt: Date },
): Promise<CycleWindow> {
  if (!(input.closesAt > input.opensAt))
    throw badInput('closesAt', { en: 'must be after opensAt', zh: '应晚于开始时间' });
  const cycle = await findById(em, AwardCycle, input.cycleId, 'cycleId');
  const windows = await em.find(CycleWindow, { cycle });
  assertWindowInOrder(
    input,
    windows.filter((window) => window.kind !== input.kind),
  );
  const existing = windows.find((window) => window.kind === input.kind);
  const before = existing && {
    opensAt: existing.opensAt.toISOString(),
    closesAt: existing.closesAt.toISOString(),
  };
  const window =
    existing ??
    em.create(CycleWindow, { cycle, kind: input.kind, opensAt: input.opensAt, closesAt: input.closesAt });
  em.assign(window, { opensAt: input.opensAt, closesAt: input.closesAt });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'CYCLE_WINDOW_SET',
    entityType: 'CycleWindow',
    entityId: window.id,
    before,
    after: { kind: input.kind, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() },
  });
  return window;
}
