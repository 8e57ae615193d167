import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("puts the noun in the number of the count", () => {
    expect(plural(1, "source")).toBe("1 source");
    expect(plural(0, "source")).toBe("0 sources");
    expect(plural(2, "piece of evidence", "pieces of evidence")).toBe("2 pieces of evidence");
    expect(plural(1204, "claim")).toBe("1,204 claims");
  });
});
