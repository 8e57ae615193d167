import { describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createClaim } from "@/lib/claims/create";

const t = useFreshDatabase();
const { actingAs } = t;

describe("finding or creating a claimant", () => {
  it("creates one claimant when two claims name the same new claimant at once", async () => {
    const reviewer = await t.db.user.create({
      data: { email: "claimants@example.test", name: "Rita", role: "REVIEWER" },
      select: { id: true, name: true, email: true, role: true },
    });
    const results = await Promise.all([
      createClaim({ text: "The port handled 2 million containers in 2025.", claimant: "Anselm Brek" }, actingAs(reviewer)),
      createClaim({ text: "Toll revenue covers a tenth of the port's costs.", claimant: "anselm brek" }, actingAs(reviewer)),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const claimants = await t.db.claimant.findMany({ where: { name: { equals: "Anselm Brek", mode: "insensitive" } } });
    expect(claimants).toHaveLength(1);
    expect(await t.db.claim.count({ where: { claimantId: claimants[0]!.id } })).toBe(2);
    expect(await t.db.auditEvent.count({ where: { action: "claimant.create" } })).toBe(1);
  });
});
