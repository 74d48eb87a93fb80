import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 820;
/** How much of the window (px) must lie on a display for the saved position to be kept. */
const MIN_VISIBLE = 80;

/** The saved window state (`window-state.json` in userData). Unknown keys are dropped. */
export const WindowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Restores the window's bounds from what was saved, for the displays present now: a corrupt or
 * missing file gives the default size (centred); a size larger than the biggest work area is
 * shrunk to fit; a position that would leave the window (almost) off-screen — a monitor was
 * unplugged — is dropped, so Electron centres it.
 * @param raw the parsed JSON (anything).
 * @param workAreas the work areas of the connected displays (`screen.getAllDisplays()`), in DIP.
 */
export function restoreWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const parsed = WindowStateSchema.safeParse(raw);
  const saved: WindowState = parsed.success ? parsed.data : { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false };
  const maxWidth = Math.max(MIN_WIDTH, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_HEIGHT, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(saved.width, MIN_WIDTH), maxWidth);
  const height = Math.min(Math.max(saved.height, MIN_HEIGHT), maxHeight);
  const state: WindowState = { width, height, maximized: saved.maximized };
  if (saved.x === undefined || saved.y === undefined) return state;
  const rect = { x: saved.x, y: saved.y, width, height };
  const visible = workAreas.some((area) => {
    const o = overlap(rect, area);
    // The title bar must be reachable: require some overlap in both directions, top edge inside.
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE && rect.y >= area.y && rect.y < area.y + area.height;
  });
  return visible ? { ...state, x: saved.x, y: saved.y } : state;
}

/** What to save: the normal (un-maximized) bounds, so un-maximizing next time restores them. */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
