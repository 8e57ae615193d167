import { describe, expect, it } from "vitest";
import { shorten } from "./text";

describe("shorten", () => {
  it("leaves text within the limit alone", () => {
    expect(shorten("Short claim.", 12)).toBe("Short claim.");
  });

  it("cuts at the last word boundary and adds an ellipsis, staying within the limit", () => {
    const result = shorten("The pact does not commit a single soldier to foreign soil", 30);
    expect(result).toBe("The pact does not commit a…");
    expect(result.length).toBeLessThanOrEqual(30);
  });

  it("cuts inside a word when the only space is early (no near-empty result)", () => {
    expect(shorten("A supercalifragilisticexpialidocious claim", 20)).toBe("A supercalifragilis…");
  });
});
