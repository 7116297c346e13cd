import { describe, expect, it } from 'vitest';
import { isWindowOpen } from './cycle-window.service.js';

// The 2024 nomination window: 2024-04-22 09:00 to 2024-05-31 16:00, Asia/Shanghai (UTC+8).
const window = {
  opensAt: new Date('2024-04-22T09:00:00+08:00'),
  closesAt: new Date('2024-05-31T16:00:00+08:00'),
};
const at = (shanghaiTime: string) => new Date(`${shanghaiTime}+08:00`);

describe('a window, to the second in Shanghai time', () => {
  it('is closed one second before it opens and open at its opening second', () => {
    expect(isWindowOpen(window, at('2024-04-22T08:59:59.999'))).toBe(false);
    expect(isWindowOpen(window, at('2024-04-22T09:00:00'))).toBe(true);
  });

  it('is open in its last second and closed at its closing second', () => {
    expect(isWindowOpen(window, at('2024-05-31T15:59:59.999'))).toBe(true);
    expect(isWindowOpen(window, at('2024-05-31T16:00:00'))).toBe(false);
  });
});
