// `node scripts/icons/build-icons.mjs`: draws the app's icon (a calm figure with one needle point)
// from a few shapes, writes it as SVG (the page's icon) and as the PNGs a phone installs (192, 512,
// a maskable 512 and Apple's 180), into public/icons. No network and no image library: the shapes
// are painted with pngjs, each pixel from 4×4 samples so the edges are smooth.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const out = new URL('../../public/icons/', import.meta.url).pathname;

// Colours of src/styles.css: --accent (teal), --bg (warm paper), --warm (the IMS marker's orange).
const TEAL = '#0e6a78';
const PAPER = '#f4f1ec';
const WARM = '#a8461a';

/** The figure on a 512 box: head, torso, arms, legs, and a needle point on the right shoulder. */
const FIGURE = [
  { kind: 'circle', x: 256, y: 118, r: 50, fill: PAPER },
  { kind: 'round-rect', x: 192, y: 182, w: 128, h: 156, r: 44, fill: PAPER },
  { kind: 'capsule', x1: 184, y1: 214, x2: 146, y2: 340, r: 24, fill: PAPER },
  { kind: 'capsule', x1: 328, y1: 214, x2: 366, y2: 340, r: 24, fill: PAPER },
  { kind: 'capsule', x1: 226, y1: 320, x2: 218, y2: 430, r: 30, fill: PAPER },
  { kind: 'capsule', x1: 286, y1: 320, x2: 294, y2: 430, r: 30, fill: PAPER },
  { kind: 'circle', x: 296, y: 222, r: 24, fill: TEAL },
  { kind: 'circle', x: 296, y: 222, r: 16, fill: WARM },
];

/**
 * The icons: `round` has see-through corners (a plain app icon); the others fill the square, with
 * the figure shrunk into the middle (a maskable icon keeps what matters inside the central circle
 * of 80%; Apple rounds the corners itself and shows see-through pixels as black).
 */
const ICONS = [
  { file: 'icon-192.png', size: 192, corner: 96, scale: 1 },
  { file: 'icon-512.png', size: 512, corner: 96, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, corner: 0, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, corner: 0, scale: 0.86 },
];

/** The shapes of one icon on a 512 box: the background, then the figure scaled about the centre. */
export function iconShapes({ corner, scale }) {
  const s = (v) => 256 + (v - 256) * scale;
  const figure = FIGURE.map((shape) => {
    if (shape.kind === 'circle') return { ...shape, x: s(shape.x), y: s(shape.y), r: shape.r * scale };
    if (shape.kind === 'capsule')
      return {
        ...shape,
        x1: s(shape.x1),
        y1: s(shape.y1),
        x2: s(shape.x2),
        y2: s(shape.y2),
        r: shape.r * scale,
      };
    return {
      ...shape,
      x: s(shape.x),
      y: s(shape.y),
      w: shape.w * scale,
      h: shape.h * scale,
      r: shape.r * scale,
    };
  });
  return [{ kind: 'round-rect', x: 0, y: 0, w: 512, h: 512, r: corner, fill: TEAL }, ...figure];
}

function inside(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.x) ** 2 + (y - shape.y) ** 2 <= shape.r ** 2;
  if (shape.kind === 'capsule') {
    const dx = shape.x2 - shape.x1;
    const dy = shape.y2 - shape.y1;
    const t = Math.max(0, Math.min(1, ((x - shape.x1) * dx + (y - shape.y1) * dy) / (dx * dx + dy * dy)));
    return (x - shape.x1 - t * dx) ** 2 + (y - shape.y1 - t * dy) ** 2 <= shape.r ** 2;
  }
  // A rounded rectangle: distance to the inner rectangle shrunk by the radius.
  const qx = Math.max(shape.x + shape.r - x, 0, x - (shape.x + shape.w - shape.r));
  const qy = Math.max(shape.y + shape.r - y, 0, y - (shape.y + shape.h - shape.r));
  return qx * qx + qy * qy <= shape.r * shape.r;
}

const rgb = (hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Paints the shapes (last on top) into a PNG of `size` pixels, 4×4 samples a pixel. */
export function paint(shapes, size) {
  const png = new PNG({ width: size, height: size });
  const unit = 512 / size;
  const colours = shapes.map((shape) => rgb(shape.fill));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = (px + (sx + 0.5) / 4) * unit;
          const y = (py + (sy + 0.5) / 4) * unit;
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (!inside(shapes[i], x, y)) continue;
            const [r, g, b] = colours[i];
            sum[0] += r;
            sum[1] += g;
            sum[2] += b;
            sum[3] += 1;
            break;
          }
        }
      }
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples (no dark fringe at see-through corners).
      const covered = sum[3] || 1;
      png.data[at] = Math.round(sum[0] / covered);
      png.data[at + 1] = Math.round(sum[1] / covered);
      png.data[at + 2] = Math.round(sum[2] / covered);
      png.data[at + 3] = Math.round((sum[3] / 16) * 255);
    }
  }
  return PNG.sync.write(png);
}

/** The same shapes as an SVG document. */
export function svg(shapes) {
  const body = shapes.map((shape) => {
    if (shape.kind === 'circle')
      return `<circle cx="${shape.x}" cy="${shape.y}" r="${shape.r}" fill="${shape.fill}"/>`;
    if (shape.kind === 'capsule')
      return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${shape.fill}" stroke-width="${shape.r * 2}" stroke-linecap="round"/>`;
    return `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" rx="${shape.r}" fill="${shape.fill}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>IMS Explorer</title>${body.join('')}</svg>\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'icon.svg'), svg(iconShapes({ corner: 96, scale: 1 })));
  for (const icon of ICONS) {
    writeFileSync(join(out, icon.file), paint(iconShapes(icon), icon.size));
    console.log(`public/icons/${icon.file}`);
  }
}
