import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createClaim } from "@/lib/claims/create";
import { listClaimActivity } from "@/lib/claims/activity";
import { contentHash } from "@/lib/articles/content-hash";
import { approveVerdict, startVerdict, submitVerdict } from "@/lib/verdicts/drafts";
import { readAppearanceSnapshot } from "@/lib/verdicts/published-appearances";
import { startRevision, submitRevision } from "@/lib/verdicts/revisions";
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

  it("is frozen while the verdict awaits approval", async () => {
    await t.db.verdict.create({ data: { claimId, slug: `ferry-${n}`, authorId: reviewer.id, status: "AWAITING_APPROVAL" } });
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
    expect((await appearances()).map((item) => [item.exact, item.version])).toEqual([["Repairs to the north quay", 1]]);
  });

  // Issue 16 item 3, the rest (decision 025): on the code before it, every edit of a public
  // verdict's appearances was refused (409 "This claim's verdict is public…").
  it("once public, edits the appearances for the next revision: the page keeps those it was published with until then", async () => {
    const approver = await makeStaff("REVIEWER");
    const complete = { ratingId: "rating_false", conclusion: "Crossings fell by a tenth.", rationale: "The port's own count." };
    const started = await startVerdict({ claimId }, actingAs(reviewer));
    if (!started.ok) throw new Error(started.message);
    await submitVerdict({ verdictId: started.data.id, version: 1, ...complete }, actingAs(reviewer));
    expect(await approveVerdict({ verdictId: started.data.id, version: 2 }, actingAs(approver))).toMatchObject({ ok: true });
    const published = async () => {
      const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id: started.data.id } });
      return { verdict, quotes: readAppearanceSnapshot(verdict.publishedAppearances)?.map((item) => item.exact) };
    };
    expect((await published()).quotes).toEqual(["Repairs to the north quay"]);

    // The desk fixes the quote and adds the repetition: allowed now, and the public copy stays.
    t.refreshed.length = 0;
    expect(
      await reselectAppearance({ appearanceId, version: 1, quote: "ferry crossings fell by a fifth in 2026" }, actingAs(reviewer)),
    ).toMatchObject({ ok: true });
    expect(
      await addAppearance({ claimId, articleId, quote: "Ferry crossings fell by a fifth in 2026, he repeated" }, actingAs(reviewer)),
    ).toMatchObject({
      ok: true,
    });
    expect((await published()).quotes).toEqual(["Repairs to the north quay"]);

    // An update with those changes alone (the text unchanged) is publishable by its author, with a note.
    const { verdict } = await published();
    const revision = await startRevision({ verdictId: verdict.id, version: verdict.version }, actingAs(reviewer));
    if (!revision.ok) throw new Error(revision.message);
    const submitted = await submitRevision(
      { revisionId: revision.data.revisionId, version: 1, ...complete, note: "We quote the sentence the claim was made in." },
      actingAs(reviewer),
    );
    expect(submitted).toMatchObject({ ok: true, data: { published: true, kind: "UPDATE" } });
    expect((await published()).quotes).toEqual([
      "ferry crossings fell by a fifth in 2026",
      "Ferry crossings fell by a fifth in 2026, he repeated",
    ]);
    const stored = await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.data.revisionId } });
    expect(readAppearanceSnapshot(stored.appearances)?.length).toBe(2);
    const original = await t.db.verdictRevision.findFirstOrThrow({ where: { verdictId: verdict.id, number: 1 } });
    expect(readAppearanceSnapshot(original.appearances)?.map((item) => item.exact)).toEqual(["Repairs to the north quay"]);

    // Nothing changed since: a further update is refused as empty.
    const again = await published();
    const next = await startRevision({ verdictId: verdict.id, version: again.verdict.version }, actingAs(reviewer));
    if (!next.ok) throw new Error(next.message);
    expect(
      await submitRevision(
        { revisionId: next.data.revisionId, version: 1, ...complete, note: "Nothing new at all here." },
        actingAs(reviewer),
      ),
    ).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("Nothing has changed yet") });
  });
});
