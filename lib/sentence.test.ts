import { describe, expect, it } from "vitest";
import { endsSentence, fullStop } from "./sentence";

describe("fullStop", () => {
  it("adds a full stop only where the text has no ending of its own", () => {
    expect(fullStop("Claimant: Lena Ortiz")).toBe("Claimant: Lena Ortiz.");
    expect(fullStop("The budget was cut by 15 per cent since 2024.")).toBe("The budget was cut by 15 per cent since 2024.");
    expect(fullStop("Claimant: Acme Inc.")).toBe("Claimant: Acme Inc.");
    expect(fullStop("Did the budget fall?")).toBe("Did the budget fall?");
    expect(fullStop("“We cut it.”")).toBe("“We cut it.”");
    expect(endsSentence("(see the report.)")).toBe(true);
    expect(endsSentence("since 2024")).toBe(false);
  });
});
