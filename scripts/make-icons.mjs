// Generates Hearback's icon set without network or image tools:
//   build/icons/icon.svg         — the source drawing (for docs and future redesigns)
//   build/icons/<N>x<N>.png      — 16…1024 px, for Linux (electron-builder reads the folder)
//   build/icons/icon.png         — 1024 px, converted by electron-builder to .icns / .ico
// The PNG drawing mirrors the SVG: a rounded blue square with a white speech bubble (someone
// "hearing back") holding a check mark. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const BLUE = [0x2f, 0x6f, 0xeb];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel side, for anti-aliased edges. */
const SS = 4;

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <rect x="64" y="64" width="896" height="896" rx="200" fill="#2f6feb"/>
  <ellipse cx="512" cy="480" rx="300" ry="240" fill="#fff"/>
  <path d="M330 650 L290 800 L450 700 Z" fill="#fff"/>
  <path d="M390 480 L480 570 L650 400" fill="none" stroke="#2f6feb" stroke-width="70" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

/** Distance from point p to segment ab (all in 1024-unit space). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedSquare(x, y) {
  const r = 200;
  const qx = Math.max(64 + r - x, 0, x - (960 - r));
  const qy = Math.max(64 + r - y, 0, y - (960 - r));
  return x >= 64 && x <= 960 && y >= 64 && y <= 960 && qx * qx + qy * qy <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by);
  const d2 = s(x, y, bx, by, cx, cy);
  const d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** The colour at a point of the 1024-unit canvas, or null for transparent. */
function colourAt(x, y) {
  const check = Math.min(segmentDistance(x, y, 390, 480, 480, 570), segmentDistance(x, y, 480, 570, 650, 400)) <= 35;
  const bubble = ((x - 512) / 300) ** 2 + ((y - 480) / 240) ** 2 <= 1 || inTriangle(x, y, [330, 650], [290, 800], [450, 700]);
  if (bubble) return check ? BLUE : WHITE;
  return inRoundedSquare(x, y) ? BLUE : null;
}

function drawRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy += 1) {
        for (let sx = 0; sx < SS; sx += 1) {
          const c = colourAt(((px + (sx + 0.5) / SS) / size) * 1024, ((py + (sy + 0.5) / SS) / size) * 1024);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (SS * SS))], i);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering, zlib-deflated). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon.svg'), SVG);
for (const size of SIZES) {
  const png = encodePng(size, drawRgba(size));
  writeFileSync(join(OUT, `${size}x${size}.png`), png);
  if (size === 1024) writeFileSync(join(OUT, 'icon.png'), png);
}
console.log(`Wrote ${SIZES.length + 2} files to ${OUT}`);
