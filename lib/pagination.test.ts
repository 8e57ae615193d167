import { describe, expect, it } from "vitest";
import {
  PAGE_SIZE,
  listPagePath,
  pageBounds,
  pagePath,
  paginate,
  parsePage,
  parsePathPage,
  requestedListPage,
  requestedPage,
} from "./pagination";

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

describe("paginate", () => {
  it("fetches the rows of the clamped page and reports the totals", async () => {
    const ranges: { skip: number; take: number }[] = [];
    const result = await paginate(
      7,
      async () => 120,
      async (range) => {
        ranges.push(range);
        return ["row"];
      },
    );
    expect(ranges).toEqual([{ skip: 100, take: PAGE_SIZE }]);
    expect(result).toEqual({ items: ["row"], page: 3, pageCount: 3, total: 120 });
  });
});

describe("requestedPage", () => {
  it("reads ?page= from a list page's search params", async () => {
    expect(await requestedPage(Promise.resolve({ page: "4" }))).toBe(4);
    expect(await requestedPage(Promise.resolve({}))).toBe(1);
  });
});

describe("pagePath", () => {
  it("leaves page 1 without a page parameter and keeps other parameters", () => {
    expect(pagePath("/topics/energy", 1)).toBe("/topics/energy");
    expect(pagePath("/topics/energy", 3)).toBe("/topics/energy?page=3");
    expect(pagePath("/search", 2, new URLSearchParams({ q: "wind power", page: "7" }))).toBe("/search?q=wind+power&page=2");
    expect(pagePath("/search", 1, new URLSearchParams({ q: "wind", page: "7" }))).toBe("/search?q=wind");
  });
});

describe("listPagePath and parsePathPage (public lists paged by path)", () => {
  it("gives page 1 the list's own address and later pages /page/<n>", () => {
    expect(listPagePath("/topics/energy", 1)).toBe("/topics/energy");
    expect(listPagePath("/topics/energy", 3)).toBe("/topics/energy/page/3");
  });

  it("reads plain page numbers only", () => {
    expect(parsePathPage("2")).toBe(2);
    expect(parsePathPage("999999")).toBe(999999);
    for (const segment of ["0", "02", "-1", "1e3", "2.0", "abc", "1000000", ""]) expect(parsePathPage(segment), segment).toBeNull();
  });
});

describe("requestedListPage (a /page/<n> route of a public list)", () => {
  /** What Next.js was told to do: the digest of the error notFound() or permanentRedirect() throws. */
  const digest = (n: string) => {
    try {
      return requestedListPage("/topics/energy", n);
    } catch (error) {
      return (error as { digest?: string }).digest;
    }
  };

  it("gives the page number, a 404 for anything but a plain number, and sends page 1 to the list's own address", () => {
    expect(digest("2")).toBe(2);
    for (const n of ["0", "02", "abc"]) expect(digest(n), n).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(digest("1")).toMatch(/^NEXT_REDIRECT;[a-z]+;\/topics\/energy;308;/);
  });
});
