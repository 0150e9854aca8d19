/**
 * The app icons, drawn in code so they can be regenerated: an exclamation mark in a ring. Teams wants
 * a 192×192 full-colour icon and a 32×32 white outline on a transparent background.
 * @see https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
 */
import { encodePng } from "./png.ts";

export const ACCENT = { hex: "#3B5BDB", rgb: [0x3b, 0x5b, 0xdb] } as const;

interface Glyph {
  ring: [inner: number, outer: number];
  bar: { top: number; bottom: number; radius: number };
  dot: { y: number; radius: number };
}

const distanceToSegment = (x: number, y: number, top: number, bottom: number) =>
  Math.hypot(x - 0.5, y - Math.min(Math.max(y, top), bottom));

/** Is the point (in 0…1 icon coordinates) inside the glyph? */
function inGlyph(g: Glyph, x: number, y: number): boolean {
  const d = Math.hypot(x - 0.5, y - 0.5);
  return (
    (d >= g.ring[0] && d <= g.ring[1]) ||
    distanceToSegment(x, y, g.bar.top, g.bar.bottom) <= g.bar.radius ||
    Math.hypot(x - 0.5, y - g.dot.y) <= g.dot.radius
  );
}

/** Glyph coverage per pixel, 4×4 samples each, for smooth edges. */
function coverage(size: number, g: Glyph): Float64Array {
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++)
          if (inGlyph(g, (px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
      out[py * size + px] = hits / 16;
    }
  return out;
}

export function drawColorIcon(size = 192): Buffer {
  const glyph: Glyph = {
    ring: [0.3, 0.37],
    bar: { top: 0.33, bottom: 0.53, radius: 0.035 },
    dot: { y: 0.64, radius: 0.042 },
  };
  const cover = coverage(size, glyph);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = Math.round((ACCENT.rgb[k] as number) * (1 - c) + 255 * c);
    rgba[i * 4 + 3] = 255;
  });
  return encodePng(size, size, rgba);
}

export function drawOutlineIcon(size = 32): Buffer {
  const glyph: Glyph = {
    ring: [0.36, 0.47],
    bar: { top: 0.28, bottom: 0.5, radius: 0.06 },
    dot: { y: 0.69, radius: 0.07 },
  };
  const cover = coverage(size, glyph);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    rgba.fill(255, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = Math.round(255 * c);
  });
  return encodePng(size, size, rgba);
}
