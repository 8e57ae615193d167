import { describe, expect, it } from "vitest";
import { anchorSpan, reanchor } from "./anchoring";

const ORIGINAL =
  "The port authority announced on Thursday that the harbour toll will rise by a third from January.\n\n" +
  "Port director Anselm Brek said that the harbour lost 14 million crowns last year because the toll no longer covers dredging costs.\n\n" +
  "The new toll will be debated by the city council on 3 December.";

const QUOTE = "the harbour lost 14 million crowns last year";

function anchored(text: string, exact: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  return anchorSpan(text, start, start + exact.length);
}

describe("reanchor", () => {
  it("keeps an anchor whose text did not change where it is (position)", () => {
    const old = anchored(ORIGINAL, QUOTE);
    expect(reanchor(ORIGINAL, old)).toEqual({ status: "ANCHORED", method: "position", selectors: old });
  });

  it("re-finds a quote at new offsets when text was inserted before it", () => {
    const old = anchored(ORIGINAL, QUOTE);
    const changed = `UPDATE 21 November: adds the council's reaction.\n\n${ORIGINAL}`;
    const result = reanchor(changed, old);
    expect(result).toMatchObject({ status: "ANCHORED", method: "quote" });
    expect(result.selectors.start).toBe(old.start + "UPDATE 21 November: adds the council's reaction.\n\n".length);
    expect(changed.slice(result.selectors.start, result.selectors.end)).toBe(QUOTE);
  });

  it("re-finds a slightly edited quote fuzzily, with the new wording", () => {
    const old = anchored(ORIGINAL, QUOTE);
    const changed = ORIGINAL.replace("lost 14 million crowns", "lost 14.2 million crowns");
    const result = reanchor(changed, old);
    expect(result).toMatchObject({ status: "ANCHORED", method: "fuzzy" });
    expect(changed.slice(result.selectors.start, result.selectors.end)).toBe("the harbour lost 14.2 million crowns last year");
    expect(result.selectors.exact).toBe("the harbour lost 14.2 million crowns last year");
  });

  it("orphans a quote that was deleted, keeping its old selectors", () => {
    const old = anchored(ORIGINAL, QUOTE);
    const changed = ORIGINAL.replace(/Port director[^\n]*\n\n/, "");
    expect(reanchor(changed, old)).toEqual({ status: "ORPHANED", selectors: old });
  });

  it("orphans a quote rewritten beyond the error budget rather than moving it to a guess", () => {
    const old = anchored(ORIGINAL, QUOTE);
    const changed = ORIGINAL.replace(QUOTE, "its finances were in a poor state for years");
    expect(reanchor(changed, old).status).toBe("ORPHANED");
  });

  it("tells duplicate occurrences apart by their prefix and suffix", () => {
    const text =
      "The mayor said taxes will not rise next year, and the budget office agreed. " +
      "Later, the opposition leader said taxes will not rise next year, but only because of the election.";
    const second = anchored(text, "taxes will not rise next year", 1);
    expect(second.prefix).toContain("opposition leader said");

    // Text inserted before both: neither is at the old position any more.
    const changed = `Correction appended.\n\n${text}`;
    const result = reanchor(changed, second);
    expect(result).toMatchObject({ status: "ANCHORED", method: "quote" });
    expect(result.selectors.start).toBe(second.start + "Correction appended.\n\n".length);
    expect(result.selectors.prefix).toContain("opposition leader said");
  });

  it("keeps UTF-16 offsets correct around emoji", () => {
    const text = "🗳️ Turnout was 64 per cent, the electoral office said.";
    const old = anchored(text, "Turnout was 64 per cent");
    const changed = `🗳️🗳️ ${text}`;
    const result = reanchor(changed, old);
    expect(changed.slice(result.selectors.start, result.selectors.end)).toBe("Turnout was 64 per cent");
  });
});
