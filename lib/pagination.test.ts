import { describe, expect, it } from "vitest";
import { pageBounds, parsePage } from "./pagination";

describe("parsePage", () => {
  it("reads a positive page number", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "5"])).toBe(2);
  });

  it("falls back to page 1 for missing, zero, negative or non-numeric values", () => {
    for (const value of [undefined, "", "0", "-1", "abc", "1.5", "9999999999"]) {
      expect(parsePage(value), String(value)).toBe(1);
    }
  });
});

describe("pageBounds", () => {
  it("clamps past the last page and keeps one page for an empty list", () => {
    expect(pageBounds(9, 120, 50)).toEqual({ page: 3, pageCount: 3, skip: 100, take: 50 });
    expect(pageBounds(4, 0, 50)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 50 });
  });
});
