import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { describeEvent, listClaimActivity } from "./activity";

const t = useFreshDatabase();

describe("a claim's activity", () => {
  it("gathers events on the claim's evidence, notes, appearances, verdict and revisions, whoever wrote them", async () => {
    const user = await t.db.user.create({ data: { email: "ana@example.test", name: "Ana Reyes" } });
    const other = await t.db.claim.create({ data: { text: "Another claim entirely." } });
    const claim = await t.db.claim.create({
      data: {
        text: "Bus fares rose by a third.",
        evidence: { create: { url: "https://a.example/x", title: "Fare table", excerpt: "3.20", stance: "SUPPORTS", addedById: user.id } },
        notes: { create: { body: "Ask the board.", authorId: user.id } },
        verdicts: {
          create: {
            slug: "fares",
            authorId: user.id,
            revisions: { create: { number: 1, kind: "ORIGINAL", conclusion: "", rationale: "", authorId: user.id } },
          },
        },
        appearances: {
          create: {
            exact: "fares rose",
            prefix: "",
            suffix: "",
            start: 0,
            end: 10,
            article: { create: { title: "Fares", text: "fares rose", contentHash: "h" } },
          },
        },
      },
      include: { evidence: true, notes: true, appearances: true, verdicts: { include: { revisions: true } } },
    });
    const entities: [string, string][] = [
      ["Claim", claim.id],
      ["Evidence", claim.evidence[0]!.id],
      ["ClaimNote", claim.notes[0]!.id],
      ["Appearance", claim.appearances[0]!.id],
      ["Verdict", claim.verdicts[0]!.id],
      ["VerdictRevision", claim.verdicts[0]!.revisions[0]!.id],
      ["Claim", other.id],
    ];
    for (const [entityType, entityId] of entities) {
      await recordAudit(t.db, { actorId: user.id, action: `${entityType.toLowerCase()}.touch`, entityType, entityId });
    }
    // A deletion names its claim itself.
    await recordAudit(t.db, {
      actorId: user.id,
      action: "evidence.remove",
      entityType: "Evidence",
      entityId: "gone",
      claimId: claim.id,
      before: { title: "Old", stance: "CONTEXT" },
    });

    const activity = await listClaimActivity(claim.id, { client: t.db });
    expect(activity).toHaveLength(7);
    expect(activity[0]).toMatchObject({ actor: "Ana Reyes", description: "removed evidence “Old” (context)" });
  });

  it("puts actions it has no detailed words for in the words every list uses, never as recorded", () => {
    expect(describeEvent("source.propose", {}, {}, new Map())).toBe("proposed a source");
    expect(describeEvent("verdict.archive_note", {}, {}, new Map())).toBe("did “archive note” on a verdict");
    expect(describeEvent("evidence.add", {}, { title: "Report", stance: "REFUTES" }, new Map())).toBe("added evidence “Report” (refutes)");
  });
});
