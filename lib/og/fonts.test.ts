import { describe, expect, it } from "vitest";
import { drawable, loadOgFonts } from "./fonts";

describe("share-image text", () => {
  it("knows which characters Geist can draw, from the font itself", async () => {
    const { covered } = await loadOgFonts();
    for (const char of ["A", "z", "é", "Ł", "Ж", "€", "“", "—"]) expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of ["Η", "日", "🚀", "ع"]) expect(covered.has(char.codePointAt(0)!), char).toBe(false);
  });

  it("drops what the font cannot draw, so nothing is fetched for it", async () => {
    const { covered } = await loadOgFonts();
    expect(drawable("Valoria 🚀 doubled its budget — 日本語 test", covered)).toBe("Valoria doubled its budget — test");
    expect(drawable("Zürich’s “Złoty” Жук", covered)).toBe("Zürich’s “Złoty” Жук");
    expect(drawable("🚀🚀", covered)).toBe("");
  });
});
