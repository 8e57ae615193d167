import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";

describe("contentHash", () => {
  it("is the SHA-256 hex digest of the text (standard test vectors)", () => {
    expect(contentHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the UTF-8 bytes of non-ASCII text", () => {
    // "é" is C3 A9 in UTF-8 (E9 in Latin-1); this is the digest of the two bytes C3 A9.
    expect(contentHash("é")).toBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  });

  it("changes when a single character of the text changes", () => {
    expect(contentHash("The council approved the budget.")).not.toBe(contentHash("The council approved the budget!"));
  });
});
