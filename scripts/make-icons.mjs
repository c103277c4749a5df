// Draws Lede's toolbar icon (a white "L" over three text lines on a blue rounded square) as PNGs
// at the sizes browsers ask for. Run once; the PNGs are committed in public/icon/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, sum]);
};

function pixel(x, y) {
  // Unit square coordinates; rounded corners of radius 0.2.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const inL =
    (x > 0.2 && x < 0.34 && y > 0.18 && y < 0.82) || (x > 0.2 && x < 0.62 && y > 0.68 && y < 0.82);
  const line = x > 0.45 && x < 0.82 && [0.22, 0.37, 0.52].some((t) => y > t && y < t + 0.07);
  if (inL) return [255, 255, 255, 255];
  if (line) return [190, 210, 250, 255];
  return [11, 87, 208, 255];
}

function png(size) {
  const s = 4; // supersampling for smooth edges
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < s; i++)
        for (let j = 0; j < s; j++) {
          const p = pixel((x + (i + 0.5) / s) / size, (y + (j + 0.5) / s) / size);
          for (let k = 0; k < 4; k++) acc[k] += p[k];
        }
      row.push(...acc.map((v) => Math.round(v / (s * s))));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('wrote public/icon/{16,32,48,96,128}.png');
