import { describe, expect, it } from "vitest";
import { findQuote, SELECTOR_CONTEXT_LENGTH, textQuoteSelector } from "./selectors";

const TEXT =
  "The council approved the 2027 budget on Monday night. Housing spending rises by 38 per cent, " +
  "to 412 million crowns, the largest increase of any department.";

function select(text: string, exact: string) {
  const start = findQuote(text, exact);
  return textQuoteSelector(text, start, start + exact.length);
}

describe("textQuoteSelector", () => {
  it("keeps 32 code units of context either side of a quote in the middle of a text", () => {
    const selector = select(TEXT, "Housing spending rises by 38 per cent");
    expect(selector.exact).toBe("Housing spending rises by 38 per cent");
    expect(selector.prefix).toHaveLength(SELECTOR_CONTEXT_LENGTH);
    expect(selector.suffix).toHaveLength(SELECTOR_CONTEXT_LENGTH);
    expect(selector.prefix).toBe("he 2027 budget on Monday night. ");
    expect(selector.suffix).toBe(", to 412 million crowns, the lar");
    expect(TEXT.slice(selector.start, selector.end)).toBe(selector.exact);
  });

  it("has an empty prefix for a quote at the start of the text", () => {
    const selector = select(TEXT, "The council approved");
    expect(selector).toMatchObject({ start: 0, end: 20, prefix: "" });
    expect(selector.suffix).toBe(" the 2027 budget on Monday night");
  });

  it("has an empty suffix for a quote at the end of the text", () => {
    const selector = select(TEXT, "any department.");
    expect(selector.end).toBe(TEXT.length);
    expect(selector.suffix).toBe("");
    expect(selector.prefix).toBe("crowns, the largest increase of ");
  });

  it("takes whatever context there is in a text shorter than the context length", () => {
    expect(select("Prices fell 21%.", "fell")).toEqual({ exact: "fell", prefix: "Prices ", suffix: " 21%.", start: 7, end: 11 });
    expect(select("21%", "21%")).toEqual({ exact: "21%", prefix: "", suffix: "", start: 0, end: 3 });
  });

  it("counts an emoji before the quote as two code units (UTF-16 offsets, as JavaScript indexes strings)", () => {
    const text = "🗳️ Vote count: turnout was 64 per cent.";
    const selector = select(text, "turnout was 64 per cent");
    // "🗳" (U+1F5F3) is one code point but two code units; then U+FE0F (1) and " Vote count: " (13).
    expect(selector.start).toBe(16);
    expect(selector.end).toBe(16 + "turnout was 64 per cent".length);
    expect(text.slice(selector.start, selector.end)).toBe("turnout was 64 per cent");
    expect(selector.prefix).toBe("🗳️ Vote count: ");
  });

  it("never cuts an emoji in half at the edge of the prefix or suffix", () => {
    // The 32nd code unit before the quote is the second half of "😀": the prefix drops that half.
    const before = "😀" + "a".repeat(31);
    const after = "b".repeat(31) + "😀";
    const text = `${before}QUOTE${after}`;
    const selector = select(text, "QUOTE");
    expect(selector.prefix).toBe("a".repeat(31));
    expect(selector.suffix).toBe("b".repeat(31));
    // With one more unit of room, the whole emoji fits.
    const roomy = select(`😀${"a".repeat(30)}QUOTE${"b".repeat(30)}😀`, "QUOTE");
    expect(roomy.prefix).toBe(`😀${"a".repeat(30)}`);
    expect(roomy.suffix).toBe(`${"b".repeat(30)}😀`);
  });

  it("rejects empty, reversed, out-of-range and character-splitting ranges", () => {
    expect(() => textQuoteSelector(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => textQuoteSelector(TEXT, 10, 5)).toThrow(RangeError);
    expect(() => textQuoteSelector(TEXT, -1, 5)).toThrow(RangeError);
    expect(() => textQuoteSelector(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => textQuoteSelector("a😀b", 2, 4)).toThrow(/splits a character/);
  });
});

describe("findQuote", () => {
  it("returns the offset of the first occurrence", () => {
    expect(findQuote("per cent, per cent", "per cent")).toBe(0);
    expect(findQuote(TEXT, "38 per cent")).toBe(TEXT.indexOf("38 per cent"));
  });

  it("throws a message naming the quote when it is not in the text", () => {
    expect(() => findQuote(TEXT, "45 per cent")).toThrow('Quote not found in the article text: "45 per cent"');
    expect(() => findQuote(TEXT, "")).toThrow(/empty quote/);
  });
});
