import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site with their query", () => {
    expect(safeReturnPath("/workspace/articles")).toBe("/workspace/articles");
    expect(safeReturnPath("/moderation/users?page=2")).toBe("/moderation/users?page=2");
  });

  it("refuses other sites however they are spelled", () => {
    for (const path of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example/x",
      "javascript:alert(1)",
      "evil",
      "",
    ]) {
      expect(safeReturnPath(path), JSON.stringify(path)).toBe("/workspace");
    }
    expect(safeReturnPath(undefined)).toBe("/workspace");
  });
});
