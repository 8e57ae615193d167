import { describe, expect, it } from "vitest";
import { formatScore, parseScorePercent, scorePercentParam } from "./score-percent";

describe("scores in one unit (percent)", () => {
  it("shows a 0–1 score as a whole percent, never 100% or 0% for an uncertain one", () => {
    expect(formatScore(0.51)).toBe("51%");
    expect(formatScore(0.934)).toBe("93%");
    expect(formatScore(0.998)).toBe("99%");
    expect(formatScore(1)).toBe("100%");
    expect(formatScore(0.003)).toBe("<1%");
    expect(formatScore(0)).toBe("0%");
  });

  it("reads a typed minimum in percent, clamped, with a comma or a percent sign", () => {
    expect(parseScorePercent("60")).toBe(0.6);
    expect(parseScorePercent(" 62,5 % ")).toBe(0.625);
    expect(parseScorePercent("700")).toBe(1);
    expect(parseScorePercent("-3")).toBe(0);
    expect(parseScorePercent("")).toBeNull();
    expect(parseScorePercent("lots")).toBeNull();
  });

  it("writes the minimum back as the percent that was typed", () => {
    for (const typed of ["60", "62.5", "0", "100", "7"]) expect(scorePercentParam(parseScorePercent(typed)!)).toBe(typed);
  });
});
