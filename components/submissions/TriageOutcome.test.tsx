import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { TriageSubmission } from "@/lib/submissions/queries";
import { TriageOutcome } from "./TriageOutcome";

afterEach(cleanup);

const submission = (claimText: string, claimant: string | null): TriageSubmission => ({
  id: "s1",
  claimText,
  url: null,
  reason: null,
  status: "ACCEPTED",
  rejectionReason: null,
  createdAt: new Date("2026-12-01T08:00:00Z"),
  closedAt: new Date("2026-12-01T09:00:00Z"),
  version: 2,
  handledBy: { name: "Ana Reyes" },
  claim: {
    id: "c1",
    text: claimText,
    status: "NEW",
    claimDate: null,
    claimant: claimant ? { name: claimant } : null,
    appearances: [],
  },
});

describe("TriageOutcome", () => {
  it("puts no second full stop after a claim or a name that ends its own sentence", () => {
    render(<TriageOutcome submission={submission("The housing budget was cut by 15 per cent since 2024.", "Acme Inc.")} />);
    const text = screen.getByRole("region", { name: /Triaged by Ana Reyes/ }).textContent ?? "";
    expect(text).toContain(
      "Accepted as the claim The housing budget was cut by 15 per cent since 2024. Claimant: Acme Inc. No claim date yet.",
    );
    expect(text).not.toMatch(/\.\./);
  });

  it("ends the sentence itself after a claim without a full stop", () => {
    render(<TriageOutcome submission={submission("Bus fares rose by a third", "Lena Ortiz")} />);
    const text = screen.getByRole("region", { name: /Triaged by Ana Reyes/ }).textContent ?? "";
    expect(text).toContain("Accepted as the claim Bus fares rose by a third. Claimant: Lena Ortiz.");
  });
});
