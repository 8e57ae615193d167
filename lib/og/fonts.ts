import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Fonts for share images (next/og), read from the installed `geist` package. next/og fetches a
 * font from Google, or an emoji from a CDN, for any character its fonts lack; offline that fetch
 * fails (an emoji breaks the whole response), and online it would let untrusted claim text make
 * the server call third parties. So text is reduced to what Geist can draw (`drawable`).
 */
const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");

export type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let loaded: Promise<{ fonts: OgFont[]; covered: Set<number> }> | undefined;

export function loadOgFonts() {
  loaded ??= (async () => {
    const fonts = await Promise.all(
      (
        [
          ["Geist-Regular.ttf", 400],
          ["Geist-Bold.ttf", 700],
        ] as const
      ).map(async ([file, weight]) => ({
        name: "Geist",
        data: await readFile(path.join(fontDir, file)),
        weight,
        style: "normal" as const,
      })),
    );
    return { fonts, covered: codePointsOf(fonts[0]!.data) };
  })();
  return loaded;
}

/** `text` without the characters the font cannot draw, spaces tidied. */
export function drawable(text: string, covered: Set<number>): string {
  return [...text]
    .map((char) => (covered.has(char.codePointAt(0)!) ? char : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** The code points a TrueType/OpenType font maps to glyphs (its cmap, formats 4 and 12). */
export function codePointsOf(font: Buffer): Set<number> {
  const codes = new Set<number>();
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    if (font.toString("latin1", 12 + 16 * i, 16 + 16 * i) === "cmap") cmap = font.readUInt32BE(20 + 16 * i);
  }
  if (cmap < 0) return codes;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const start = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
    const format = font.readUInt16BE(start);
    if (format === 4) {
      const segments = font.readUInt16BE(start + 6) / 2;
      for (let s = 0; s < segments; s++) {
        const end = font.readUInt16BE(start + 14 + 2 * s);
        const first = font.readUInt16BE(start + 16 + 2 * segments + 2 * s);
        if (first !== 0xffff) for (let c = first; c <= end; c++) codes.add(c);
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(start + 12);
      for (let g = 0; g < groups; g++) {
        const at = start + 16 + 12 * g;
        for (let c = font.readUInt32BE(at); c <= font.readUInt32BE(at + 4); c++) codes.add(c);
      }
    }
  }
  return codes;
}
