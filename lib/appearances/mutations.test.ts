import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createClaim } from "@/lib/claims/create";
import { listClaimActivity } from "@/lib/claims/activity";
import { contentHash } from "@/lib/articles/content-hash";
import { addAppearance, removeAppearance, reselectAppearance } from "./mutations";

// Issue 16, item 3: a claim created from a suggestion whose text was then edited kept quoting the
// suggestion's sentence. Staff re-select, remove and add appearances on the desk.

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

const TEXT =
  "The harbour master said on Friday that ferry crossings fell by a fifth in 2026. " +
  "Repairs to the north quay are planned for the spring. Ferry crossings fell by a fifth in 2026, he repeated.";

let reviewer: CurrentUser;
let articleId: string;
let claimId: string;
let appearanceId: string;
let n = 0;

beforeEach(async () => {
  n++;
  reviewer = await makeStaff("REVIEWER");
  articleId = (
    await t.db.article.create({ data: { title: `Ferry report ${n}`, text: TEXT, contentHash: contentHash(TEXT) }, select: { id: true } })
  ).id;
  // Made from the wrong sentence: the quote is about repairs, the claim about crossings.
  const start = TEXT.indexOf("Repairs to the north quay");
  const made = await createClaim(
    { text: `Ferry crossings fell by a fifth in 2026 (${n}).`, articleId, start, end: start + "Repairs to the north quay".length },
    actingAs(reviewer),
  );
  if (!made.ok) throw new Error(made.message);
  claimId = made.data.claimId;
  appearanceId = made.data.appearanceId!;
});

const appearances = () => t.db.appearance.findMany({ where: { claimId }, orderBy: { start: "asc" } });

describe("editing a claim's appearances on the desk", () => {
  it("re-selects the quote (an orphaned one is anchored again), audited, and refuses a stale version or words not in the article", async () => {
    const result = await reselectAppearance(
      { appearanceId, version: 1, quote: "ferry crossings fell by a fifth in 2026" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: true, data: { id: appearanceId, version: 2 } });
    const [after] = await appearances();
    expect(after).toMatchObject({
      exact: "ferry crossings fell by a fifth in 2026",
      start: TEXT.indexOf("ferry crossings"),
      prefix: expect.stringContaining("said on Friday that "),
      anchorStatus: "ANCHORED",
      version: 2,
    });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: appearanceId, action: "appearance.reselect" } });
    expect(event).toMatchObject({
      actorId: reviewer.id,
      claimId,
      before: { exact: "Repairs to the north quay" },
      after: { exact: "ferry crossings fell by a fifth in 2026" },
    });
    expect((await listClaimActivity(claimId, { client: t.db }))[0]!.description).toBe(
      "changed an appearance's quote from “Repairs to the north quay” to “ferry crossings fell by a fifth in 2026”",
    );

    expect(await reselectAppearance({ appearanceId, version: 1, quote: "Repairs" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 409,
      current: { exact: "ferry crossings fell by a fifth in 2026", version: 2 },
    });
    expect(await reselectAppearance({ appearanceId, version: 2, quote: "crossings rose" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { quote: ["These words are not in the article's text; copy them exactly from the article."] },
    });
    expect(await reselectAppearance({ appearanceId, version: 2, quote: "Repairs" }, actingAs(null))).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("adds an appearance from an article's words and removes one, audited with the claim", async () => {
    const added = await addAppearance(
      { claimId, articleId, quote: "Ferry crossings fell by a fifth in 2026, he repeated" },
      actingAs(reviewer),
    );
    expect(added).toMatchObject({ ok: true });
    expect((await appearances()).map((item) => item.exact)).toEqual([
      "Repairs to the north quay",
      "Ferry crossings fell by a fifth in 2026, he repeated",
    ]);
    expect(await addAppearance({ claimId, articleId, quote: "Repairs to the north quay" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 409,
    });

    expect(await removeAppearance({ appearanceId, version: 1 }, actingAs(reviewer))).toMatchObject({ ok: true });
    expect((await appearances()).map((item) => item.exact)).toEqual(["Ferry crossings fell by a fifth in 2026, he repeated"]);
    const removed = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: appearanceId, action: "appearance.remove" } });
    expect(removed).toMatchObject({ claimId, actorId: reviewer.id, before: { exact: "Repairs to the north quay" } });
    expect((await listClaimActivity(claimId, { client: t.db }))[0]!.description).toBe("removed an appearance “Repairs to the north quay”");
    expect(await removeAppearance({ appearanceId, version: 1 }, actingAs(reviewer))).toMatchObject({ ok: false, status: 404 });
  });

  it("is frozen while the verdict awaits approval, and fixed once it is public", async () => {
    const verdict = await t.db.verdict.create({
      data: { claimId, slug: `ferry-${n}`, authorId: reviewer.id, status: "AWAITING_APPROVAL" },
      select: { id: true },
    });
    const attempts = () => [
      reselectAppearance({ appearanceId, version: 1, quote: "ferry crossings fell by a fifth in 2026" }, actingAs(reviewer)),
      removeAppearance({ appearanceId, version: 1 }, actingAs(reviewer)),
      addAppearance({ claimId, articleId, quote: "ferry crossings fell by a fifth in 2026" }, actingAs(reviewer)),
    ];
    for (const result of await Promise.all(attempts())) {
      expect(result).toMatchObject({
        ok: false,
        status: 409,
        message: "This claim is frozen while the verdict awaits approval: send it back to draft before changing its appearances.",
      });
    }
    await t.db.verdict.update({ where: { id: verdict.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    for (const result of await Promise.all(attempts())) {
      expect(result).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/^This claim's verdict is public/) });
    }
    expect((await appearances()).map((item) => [item.exact, item.version])).toEqual([["Repairs to the north quay", 1]]);
  });
});
