import { describe, expect, it, vi } from 'vitest';
import { drawTrayIcon } from '../../../../electron/main/tray/tray-icon';
import { trayMenuTemplate } from '../../../../electron/main/tray/tray-menu';
import { platformHasBadge, trayPresentation } from '../../../../electron/main/tray/tray-presentation';

describe('trayPresentation', () => {
  it.each([
    [0, 'Hearback — nothing due', '', 0],
    [1, 'Hearback — 1 follow-up due', '1', 1],
    [7, 'Hearback — 7 follow-ups due', '7', 7],
    [150, 'Hearback — 99+ follow-ups due', '99+', 150],
    [-3, 'Hearback — nothing due', '', 0],
    [Number.NaN, 'Hearback — nothing due', '', 0],
  ])('shows %d due as tooltip %s, title %s, badge %d', (count, tooltip, title, badge) => {
    expect(trayPresentation(count)).toEqual({ tooltip, title, badgeCount: badge });
  });

  it('sets a dock badge only where Electron supports one', () => {
    expect(platformHasBadge('darwin')).toBe(true);
    expect(platformHasBadge('linux')).toBe(true);
    expect(platformHasBadge('win32')).toBe(false);
  });
});

describe('trayMenuTemplate', () => {
  it('offers Open Hearback, Today and Quit, wired to the actions', () => {
    const actions = { open: vi.fn(), today: vi.fn(), quit: vi.fn() };
    const menu = trayMenuTemplate(2, actions);
    expect(menu.map((i) => i.label ?? i.type)).toEqual(['Open Hearback', 'Today (2 due)', 'separator', 'Quit Hearback']);
    expect(menu[0]?.click).toBe(actions.open);
    expect(menu[1]?.click).toBe(actions.today);
  });
});

describe('drawTrayIcon', () => {
  it('draws a BGRA bitmap of the right size with some opaque pixels and a transparent corner', () => {
    const icon = drawTrayIcon(32, { due: false, template: false });
    expect(icon.data.length).toBe(32 * 32 * 4);
    expect(icon.data[3]).toBe(0);
    expect(icon.data.some((v, i) => i % 4 === 3 && v === 255)).toBe(true);
  });

  it('adds the due dot', () => {
    const plain = drawTrayIcon(32, { due: false, template: true });
    const due = drawTrayIcon(32, { due: true, template: true });
    expect(Buffer.from(due.data).equals(Buffer.from(plain.data))).toBe(false);
  });
});
