import { describe, expect, it } from "vitest";
import { blockedSourceMessage, hostAndParents } from "./lookup";

describe("hostAndParents", () => {
  it("walks up the labels, most specific first, stopping before the bare top-level label", () => {
    expect(hostAndParents("m.news.rt.example")).toEqual(["m.news.rt.example", "news.rt.example", "rt.example"]);
    expect(hostAndParents("rt.example")).toEqual(["rt.example"]);
  });

  it("does not walk an IP address", () => {
    expect(hostAndParents("127.0.0.1")).toEqual(["127.0.0.1"]);
    expect(hostAndParents("[::1]")).toEqual(["[::1]"]);
  });
});

describe("blockedSourceMessage", () => {
  it("gives the block's public note, and says when the registry has none", () => {
    expect(blockedSourceMessage({ name: "Daily Fake", reliabilityNote: " Invents quotes. " })).toBe(
      "Daily Fake is blocked: Invents quotes.",
    );
    expect(blockedSourceMessage({ name: "Gone Bad", reliabilityNote: null })).toBe(
      "Gone Bad is blocked: the source registry gives no reason.",
    );
  });
});
