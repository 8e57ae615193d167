import { describe, expect, it } from "vitest";
import { textQuoteSelector } from "@/lib/articles/selectors";
import { quoteContext } from "./quote-context";

const article =
  "In a heated session on Tuesday, the finance minister said that unemployment has fallen to its lowest level in fifty years, pointing to the latest quarterly figures. Opposition members disputed it.";

function selectorsFor(text: string, exact: string) {
  const start = text.indexOf(exact);
  return textQuoteSelector(text, start, start + exact.length);
}

describe("quoteContext", () => {
  it("drops half-cut words at both ends and marks that the article goes on", () => {
    // Stored context: " the finance minister said that " / ", pointing to the latest quarter"
    const context = quoteContext(selectorsFor(article, "unemployment has fallen to its lowest level in fifty years"));
    expect(context.exact).toBe("unemployment has fallen to its lowest level in fifty years");
    expect(context.moreBefore).toBe(true);
    expect(context.moreAfter).toBe(true);
    expect(context.before).toBe("the finance minister said that ");
    expect(context.after).toBe(", pointing to the latest"); // "quarter…" was cut mid-word
  });

  it("keeps the whole context, without ellipses, at the start and end of the article", () => {
    const text = "Officials said that the deal reflects preexisting measures.";
    const context = quoteContext(selectorsFor(text, "the deal reflects preexisting measures"));
    expect(context).toEqual({
      before: "Officials said that ",
      exact: "the deal reflects preexisting measures",
      after: ".",
      moreBefore: false,
      moreAfter: false,
    });
  });

  it("handles a quote with no context at all", () => {
    const context = quoteContext(selectorsFor("Taxes went up.", "Taxes went up."));
    expect(context).toEqual({ before: "", exact: "Taxes went up.", after: "", moreBefore: false, moreAfter: false });
  });

  it("starts the context where the quote's paragraph or sentence starts, not mid-line", () => {
    const text =
      "Budget cuts bite\n\nBy Jane Doe, Political Correspondent\nNORTHHARBOUR — The housing budget was cut by 15 per cent since 2024, the opposition said.\nMore to follow.";
    const context = quoteContext(selectorsFor(text, "The housing budget was cut by 15 per cent since 2024"));
    expect(context.before).toBe("NORTHHARBOUR — ");
    expect(context.moreBefore).toBe(false);
    expect(context.after).toBe(", the opposition said.");
    expect(context.moreAfter).toBe(false);

    const sentence = quoteContext(
      selectorsFor("Turnout was low. The minister said rents fell by a tenth last year.", "rents fell by a tenth"),
    );
    expect(sentence.before).toBe("The minister said ");
    expect(sentence.moreBefore).toBe(false);
  });
});
