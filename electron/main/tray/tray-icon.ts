/** Raw BGRA pixels for `nativeImage.createFromBitmap`. */
export interface Bitmap {
  width: number;
  height: number;
  /** width × height × 4 bytes, B G R A order, premultiplied (opaque pixels only matter here). */
  data: Uint8Array;
}

/**
 * Draws the tray icon at `size` px: a rounded speech bubble (the "hear back") in the brand blue,
 * with a small dot when something is due. Drawn in code so the packaged app needs no icon files
 * outside `out/`; `template` gives black-on-transparent for macOS template images.
 */
export function drawTrayIcon(size: number, options: { due: boolean; template: boolean }): Bitmap {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = options.template ? [0, 0, 0] : [0x2f, 0x6f, 0xeb];
  const c = (size - 1) / 2;
  const radius = size * 0.42;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const dx = x - c;
      const dy = y - c * 0.9;
      const inBubble = dx * dx + dy * dy <= radius * radius;
      // The bubble's tail, bottom-left.
      const inTail = x >= size * 0.18 && x <= size * 0.42 && y >= size * 0.7 && y <= size * 0.95 && x - size * 0.18 <= size * 0.95 - y;
      const dotDx = x - size * 0.8;
      const dotDy = y - size * 0.2;
      const inDot = options.due && dotDx * dotDx + dotDy * dotDy <= (size * 0.18) ** 2;
      const i = (y * size + x) * 4;
      if (inDot) {
        data.set(options.template ? [0, 0, 0, 255] : [0x3b, 0x3b, 0xe5, 255], i);
      } else if (inBubble || inTail) {
        data.set([b, g, r, 255], i);
      }
    }
  }
  return { width: size, height: size, data };
}
