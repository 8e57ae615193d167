/**
 * WCAG 2.1 contrast for colours that come from data (Rating.color), so that a badge only puts
 * white text on a colour that is dark enough for it.
 */

export type Rgb = { r: number; g: number; b: number };

/** #rgb or #rrggbb → channels 0–255; anything else (names, rgb(), garbage) → null. */
export function parseHexColor(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance as WCAG defines it (0 = black, 1 = white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/** AA for normal-size text. */
export const AA_TEXT_CONTRAST = 4.5;

/** WCAG 1.4.11 (non-text contrast): graphics such as chart bars and badge borders need 3:1. */
export const NON_TEXT_CONTRAST = 3;

/** Contrast of `color` against a white page; 1 (invisible) for unparseable colours. */
export function contrastOnWhite(color: string): number {
  const rgb = parseHexColor(color);
  return rgb === null ? 1 : contrastRatio(WHITE, rgb);
}

/** True when a bar, border or dot in `color` can be seen on white (WCAG 1.4.11). */
export function visibleOnWhite(color: string): boolean {
  return contrastOnWhite(color) >= NON_TEXT_CONTRAST;
}

/** True when white text on `color` meets WCAG AA for normal text; false for unparseable colours. */
export function whiteTextMeetsAA(color: string): boolean {
  const rgb = parseHexColor(color);
  return rgb !== null && contrastRatio(WHITE, rgb) >= AA_TEXT_CONTRAST;
}
