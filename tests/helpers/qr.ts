/**
 * Reads a QR code the way a banking app's camera would: the SVG Portico
 * serves is drawn onto a pixel grid (a PNG from an email is decoded by
 * `pngjs`), and `jsqr` (a QR reader from npm) decodes the pixels.
 */
import jsqr from "jsqr";
import { PNG } from "pngjs";

// The package is CommonJS typed as an ES module: its reader is `default`.
const jsQR = jsqr.default;

const SCALE = 4;

/**
 * Rasterises an SVG of one stroked path made of `M`/`m` moves and `h`
 * runs (what the `qrcode` package draws) and decodes it; null when no
 * code is found.
 */
export function decodeQrSvg(svg: string): string | null {
  const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)?.[1]);
  const path = svg.match(/<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/)?.[1];
  if (!size || !path) throw new Error("not a QR code SVG");
  const dark = new Set<number>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const n = args.trim().split(/[\s,]+|(?=-)/).filter(Boolean).map(Number);
    if (command === "M") [x, y] = n;
    else if (command === "m") [x, y] = [x + n[0], y + n[1]];
    else {
      const end = command === "h" ? x + n[0] : n[0];
      for (let col = Math.min(x, end); col < Math.max(x, end); col++) {
        dark.add(Math.floor(y) * size + col);
      }
      x = end;
    }
  }
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const cell = Math.floor(py / SCALE) * size + Math.floor(px / SCALE);
      if (!dark.has(cell)) continue;
      const i = (py * width + px) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

/** Decodes the QR code in a PNG image; null when none is found. */
export function decodeQrPng(bytes: Uint8Array): string | null {
  const image = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
    ?.data ?? null;
}
