#!/usr/bin/env node
// Draws the extension's toolbar and store icons (a shield with a check mark) as PNGs at 16, 32, 48
// and 128 px into public/icon/, with no dependency beyond Node's zlib. Output is deterministic:
// run `node scripts/make-icons.mjs` and the committed files do not change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const SHIELD = [0x0b, 0x5c, 0xad]; // palette primary
const EDGE = [0x07, 0x3d, 0x75];
const MARK = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1, y down).
function halfWidth(y) {
  if (y < 0.06 || y > 0.96) return -1;
  if (y <= 0.52) return 0.4 - 0.06 * Math.max(0, (0.16 - y) / 0.1); // slightly bevelled top corners
  const t = (y - 0.52) / 0.44;
  return 0.4 * Math.sqrt(Math.max(0, 1 - t * t));
}
const inShield = (x, y, inset = 0) =>
  Math.abs(x - 0.5) <= halfWidth(y) - inset && y >= 0.06 + inset && y <= 0.96 - inset;
function segDist(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const CHECK = [
  [0.3, 0.5],
  [0.45, 0.66],
  [0.72, 0.36],
];
const inCheck = (x, y, w) => segDist(x, y, CHECK[0], CHECK[1]) <= w || segDist(x, y, CHECK[1], CHECK[2]) <= w;

function draw(size) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 5; // supersampling per axis
  const edge = size <= 16 ? 0 : 0.035;
  const checkW = size <= 16 ? 0.085 : 0.07;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inShield(x, y)) continue;
          const c = inCheck(x, y, checkW) ? MARK : inShield(x, y, edge) ? SHIELD : EDGE;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        buf[i] = Math.round(r / a);
        buf[i + 1] = Math.round(g / a);
        buf[i + 2] = Math.round(b / a);
        buf[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return buf;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size, draw(size)));
console.log(`icons written to ${OUT}: ${SIZES.join(', ')} px`);
