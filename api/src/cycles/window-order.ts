import { mayOverlapPrevious, windowOrder } from '@award/schema/rules/window-order';
import { DomainError } from '../errors.js';
import { term } from '../i18n/terms.js';
import { shanghaiTime } from '../i18n/text.js';
import type { WindowKind } from './cycle.enums.js';

interface WindowTimes {
  kind: WindowKind;
  opensAt: Date;
  closesAt: Date;
}

const englishName = (kind: WindowKind) => kind.toLowerCase().replace('_', ' ');

/**
 * Refuses a window that breaks the award's order with the cycle's other windows (schema/rules): each
 * stage opens once the one before it has closed, nomination no earlier than registration opens. Only
 * the changed window's two neighbours need checking, as the rest of the timeline was in order already.
 */
export function assertWindowInOrder(changed: WindowTimes, others: readonly WindowTimes[]): void {
  const timeline = windowOrder
    .map((kind) => (kind === changed.kind ? changed : others.find((window) => window.kind === kind)))
    .filter((window): window is WindowTimes => window !== undefined);
  const at = timeline.indexOf(changed);
  for (const [before, after] of [
    [timeline[at - 1], changed],
    [changed, timeline[at + 1]],
  ]) {
    if (!before || !after) continue;
    const overlaps = mayOverlapPrevious(after.kind);
    const earliest = overlaps ? before.opensAt : before.closesAt;
    if (after.opensAt >= earliest) continue;
    throw outOfOrder(before, after, overlaps, changed === after);
  }
}

function outOfOrder(before: WindowTimes, after: WindowTimes, overlaps: boolean, isLaterChanged: boolean) {
  const [b, a] = [term('window', before.kind), term('window', after.kind)];
  const [bEn, aEn] = [englishName(before.kind), englishName(after.kind)];
  const limit = overlaps ? before.opensAt : before.closesAt;
  const text = isLaterChanged
    ? overlaps
      ? {
          zh: `${a}的开始时间不能早于${b}开始（${shanghaiTime(limit)}）`,
          en: `The ${aEn} window cannot open before the ${bEn} window opens (${limit.toISOString()}).`,
        }
      : {
          zh: `${a}须在${b}截止（${shanghaiTime(limit)}）之后开始`,
          en: `The ${aEn} window must open after the ${bEn} window closes (${limit.toISOString()}).`,
        }
    : overlaps
      ? {
          zh: `${b}须在${a}开始（${shanghaiTime(after.opensAt)}）之前开始`,
          en: `The ${bEn} window must open before the ${aEn} window opens (${after.opensAt.toISOString()}).`,
        }
      : {
          zh: `${b}须在${a}开始（${shanghaiTime(after.opensAt)}）之前截止`,
          en: `The ${bEn} window must close before the ${aEn} window opens (${after.opensAt.toISOString()}).`,
        };
  const field = isLaterChanged || overlaps ? 'opensAt' : 'closesAt';
  return new DomainError('BAD_USER_INPUT', text, {
    field,
    rule: 'WINDOW_ORDER',
    before: before.kind,
    after: after.kind,
  });
}
