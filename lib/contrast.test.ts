import { describe, expect, it } from "vitest";
import { contrastOnWhite, contrastRatio, parseHexColor, visibleOnWhite, whiteTextMeetsAA } from "./contrast";

describe("parseHexColor", () => {
  it("reads #rrggbb and #rgb in any case", () => {
    expect(parseHexColor("#B91C1C")).toEqual({ r: 185, g: 28, b: 28 });
    expect(parseHexColor("#fff")).toEqual({ r: 255, g: 255, b: 255 });
  });

  it("refuses anything that is not a hex colour, so it never reaches a style attribute", () => {
    for (const value of ["red", "rgb(0,0,0)", "#12345", "#gggggg", "#000; background:url(x)", ""]) {
      expect(parseHexColor(value), value).toBeNull();
    }
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5);
    expect(contrastRatio({ r: 185, g: 28, b: 28 }, { r: 185, g: 28, b: 28 })).toBe(1);
  });

  it("matches published WCAG values and is symmetric", () => {
    const grey = parseHexColor("#767676")!;
    const white = parseHexColor("#ffffff")!;
    expect(contrastRatio(grey, white)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(white, grey)).toBeCloseTo(4.54, 2);
  });
});

describe("whiteTextMeetsAA", () => {
  it("accepts dark rating colours", () => {
    expect(whiteTextMeetsAA("#b91c1c")).toBe(true); // red-700, 6.5:1
    expect(whiteTextMeetsAA("#1a7f37")).toBe(true); // 5.1:1
    expect(whiteTextMeetsAA("#767676")).toBe(true); // the AA boundary grey
  });

  it("refuses light colours and colours it cannot read", () => {
    expect(whiteTextMeetsAA("#f59e0b")).toBe(false); // amber-500, 2.1:1
    expect(whiteTextMeetsAA("#777777")).toBe(false); // just under 4.5:1
    expect(whiteTextMeetsAA("orange")).toBe(false);
  });
});

describe("visibleOnWhite", () => {
  it("needs 3:1 against white for graphics; pale and unparseable colours fail", () => {
    expect(visibleOnWhite("#1d4ed8")).toBe(true);
    expect(visibleOnWhite("#949494")).toBe(true); // 3.03:1
    expect(visibleOnWhite("#959595")).toBe(false); // 2.99:1
    expect(visibleOnWhite("#fef08a")).toBe(false);
    expect(contrastOnWhite("not a colour")).toBe(1);
  });
});
