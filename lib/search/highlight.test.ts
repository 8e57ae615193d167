import { describe, expect, it } from "vitest";
import { START_MARK as S, STOP_MARK as E, splitHighlights } from "./highlight";

describe("splitHighlights", () => {
  it("splits marked and unmarked text, keeping markup-looking text as plain text", () => {
    expect(splitHighlights(`a ${S}<b>wind</b>${E} c`)).toEqual([
      { text: "a ", marked: false },
      { text: "<b>wind</b>", marked: true },
      { text: " c", marked: false },
    ]);
  });

  it("drops stray sentinels and merges neighbouring parts", () => {
    expect(splitHighlights(`${E}plain${E} text`)).toEqual([{ text: "plain text", marked: false }]);
    expect(splitHighlights(`${S}wind${E}${S}farms${E}`)).toEqual([{ text: "windfarms", marked: true }]);
    expect(splitHighlights("")).toEqual([]);
  });
});
