import { describe, expect, it } from "vitest";
import { layoutArticle, type Highlight } from "./highlights";

const h = (start: number, end: number, kind: Highlight["kind"], id: string): Highlight => ({
  start,
  end,
  kind,
  id,
  target: id,
  label: id,
  marker: id,
});

describe("layoutArticle", () => {
  const text = "First paragraph here.\n\nSecond one, with a claim in it.\n\n\nThird.";

  it("splits paragraphs at blank lines and keeps every segment's offset into the text", () => {
    const paragraphs = layoutArticle(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First paragraph here.",
      "Second one, with a claim in it.",
      "Third.",
    ]);
    for (const paragraph of paragraphs)
      for (const s of paragraph.segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it("cuts segments at highlights, drops a suggestion overlapping a claim, and splits a highlight across paragraphs", () => {
    const claim = text.indexOf("a claim");
    const paragraphs = layoutArticle(text, [
      h(claim, claim + 7, "appearance", "c1"),
      h(claim + 2, claim + 12, "suggestion", "s1"),
      h(6, text.indexOf("Second") + 6, "suggestion", "s2"),
    ]);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.highlight).map((s) => [s.text, s.highlight!.id, s.last]));
    expect(marked).toEqual([
      ["paragraph here.", "s2", false],
      ["Second", "s2", true],
      ["a claim", "c1", true],
    ]);
    const joined = paragraphs.map((p) => p.segments.map((s) => s.text).join("")).join("|");
    expect(joined).toBe("First paragraph here.|Second one, with a claim in it.|Third.");
  });
});
