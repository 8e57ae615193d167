import { describe, expect, it } from "vitest";
import { toSourceKey } from "./domain";

describe("toSourceKey", () => {
  it.each([
    ["https://www.Example.com/news/story?id=1#top", "example.com"],
    ["http://example.com:8080/path", "example.com"],
    ["example.com", "example.com"],
    ["EXAMPLE.COM.", "example.com"],
    ["www.example.com:443", "example.com"],
    ["//www.example.com/a", "example.com"],
    ["https://user:secret@news.example.co.uk/x", "news.example.co.uk"],
    ["  https://example.org  ", "example.org"],
    ["https://bücher.example/", "xn--bcher-kva.example"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["https://www.xn--mnchen-3ya.de/", "xn--mnchen-3ya.de"],
    ["https://wwwexample.com/", "wwwexample.com"],
    ["https://sub.www.example.com/", "sub.www.example.com"],
    ["https://203.0.113.7/report", "203.0.113.7"],
  ])("normalises %s to %s", (input, expected) => {
    expect(toSourceKey(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["not a domain"],
    ["localhost"],
    ["mailto:desk@example.com"],
    ["ftp://example.com/file"],
    ["https://"],
    ["javascript:alert(1)"],
  ])("rejects %j", (input) => {
    expect(toSourceKey(input)).toBeNull();
  });

  it("gives the same key for every spelling of one outlet", () => {
    const spellings = ["https://www.daily-ledger.example/politics", "DAILY-LEDGER.example", "http://daily-ledger.example.:80/"];
    expect(new Set(spellings.map(toSourceKey))).toEqual(new Set(["daily-ledger.example"]));
  });
});
