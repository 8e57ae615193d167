import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { findSimilarClaims } from "@/lib/claims/similar";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { acceptSubmission, markSubmissionDuplicate, rejectSubmission, rejectSubmissionsAsSpam, SPAM_REASON } from "./mutations";
import { getTrackingStatus } from "./queries";
import { newTrackingToken } from "./tracking";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;
let n = 0;

async function makeSubmission(text = `A reader's claim number ${++n} about the harbour`) {
  const { token, hash } = newTrackingToken();
  const row = await t.db.submission.create({
    data: { claimText: text, contactEmail: `reader${n}@example.net`, trackingTokenHash: hash },
    select: { id: true, version: true },
  });
  return { ...row, token, claimText: text };
}

let moderator: CurrentUser;
let reviewer: CurrentUser;

beforeEach(async () => {
  moderator = await makeStaff("MODERATOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("triage of public submissions", () => {
  it("accepts a submission as a new claim with the edited text; the tracking page restates it, accepted, and being checked once someone takes it", async () => {
    const submission = await makeSubmission();
    const result = await acceptSubmission(
      { submissionId: submission.id, version: submission.version, claimText: "  The harbour ferry terminal was sold in 2026.  " },
      actingAs(moderator),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    if (!result.ok) return;
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: result.data.claimId } });
    expect(claim).toMatchObject({ text: "The harbour ferry terminal was sold in 2026.", status: "NEW", createdById: moderator.id });
    expect(await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      status: "ACCEPTED",
      claimId: claim.id,
      handledById: moderator.id,
      closedAt: null,
    });
    const events = await t.db.auditEvent.findMany({ where: { entityId: { in: [submission.id, claim.id] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["claim.create", moderator.id],
      ["submission.accept", moderator.id],
    ]);
    expect(JSON.stringify(events.map((event) => [event.before, event.after]))).not.toContain("@example.net");
    // Nobody has taken the claim yet: accepted, not "being checked".
    expect(await getTrackingStatus(submission.token, t.db)).toEqual({ state: "accepted", claimText: submission.claimText });
    await t.db.claim.update({ where: { id: claim.id }, data: { assigneeId: moderator.id } });
    expect(await getTrackingStatus(submission.token, t.db)).toEqual({ state: "checking", claimText: submission.claimText });
  });

  it("stores the accepted claim's meaning vector, so a later tip in other words finds it as likely the same claim, and one with another figure only as related", async () => {
    const submission = await makeSubmission("wind gives us over half our power now!!");
    const result = await acceptSubmission(
      {
        submissionId: submission.id,
        version: submission.version,
        claimText: "Wind supplied more than half of Valoria's electricity in 2025.",
      },
      actingAs(moderator),
    );
    if (!result.ok) throw new Error(result.message);
    const [row] = await t.db.$queryRaw<{ meaning: Uint8Array | null }[]>`SELECT meaning FROM "Claim" WHERE id = ${result.data.claimId}`;
    expect(row!.meaning).toHaveLength(100);
    // What the triage page shows for the next tip: the duplicate heading lists "same" claims only.
    const [match] = await findSimilarClaims("wind now gives us half our electricity", { client: t.db });
    expect(match).toMatchObject({ id: result.data.claimId, relation: "same" });
    const other = (await findSimilarClaims("Wind supplied 28% of Valoria's electricity in 2025.", { client: t.db })).find(
      (c) => c.id === result.data.claimId,
    );
    expect(other).toMatchObject({ relation: "related", differences: ["figure"] });
  });

  it("refuses the signed-out (401) and reviewers (403), and writes nothing", async () => {
    const submission = await makeSubmission();
    const input = { submissionId: submission.id, version: submission.version, claimText: "A claim that nobody may accept here." };
    expect(await acceptSubmission(input, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await acceptSubmission(input, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining("triage public submissions"),
    });
    expect(await rejectSubmission({ submissionId: submission.id, version: 1, reason: "Not a claim." }, actingAs(reviewer))).toMatchObject({
      status: 403,
    });
    expect(await markSubmissionDuplicate({ submissionId: submission.id, version: 1, claimId: "x" }, actingAs(reviewer))).toMatchObject({
      status: 403,
    });
    expect(await rejectSubmissionsAsSpam({ submissionIds: [submission.id] }, actingAs(reviewer))).toMatchObject({ status: 403 });
    expect(await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({ status: "NEW", version: 1 });
    expect(await t.db.claim.count({ where: { text: input.claimText } })).toBe(0);
  });

  it("answers bad input with field messages", async () => {
    const submission = await makeSubmission();
    expect(await acceptSubmission({ submissionId: submission.id, version: 1, claimText: "short" }, actingAs(moderator))).toMatchObject({
      status: 400,
      fieldErrors: { claimText: [expect.stringContaining("at least 10")] },
    });
    expect(await rejectSubmission({ submissionId: submission.id, version: 1, reason: "" }, actingAs(moderator))).toMatchObject({
      status: 400,
      fieldErrors: { reason: [expect.stringContaining("Say why")] },
    });
    expect(await markSubmissionDuplicate({ submissionId: submission.id, version: 1, claimId: "" }, actingAs(moderator))).toMatchObject({
      status: 400,
      fieldErrors: { claimId: ["Choose the claim it duplicates."] },
    });
    expect(
      await markSubmissionDuplicate({ submissionId: submission.id, version: 1, claimId: "no-such-claim" }, actingAs(moderator)),
    ).toMatchObject({
      status: 400,
      fieldErrors: { claimId: [expect.stringContaining("no longer exists")] },
    });
  });

  it("marks a duplicate of an existing claim, closed at once; the tracking page points to the verdict once it is published", async () => {
    const author = await makeStaff("REVIEWER");
    const claim = await t.db.claim.create({ data: { text: "Three libraries will close to pay for housing." } });
    const submission = await makeSubmission();
    const result = await markSubmissionDuplicate({ submissionId: submission.id, version: 1, claimId: claim.id }, actingAs(moderator));
    expect(result).toMatchObject({ ok: true, data: { claimId: claim.id } });
    const row = await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(row).toMatchObject({ status: "DUPLICATE", claimId: claim.id });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(
      await t.db.auditEvent.count({ where: { entityId: submission.id, action: "submission.mark_duplicate", actorId: moderator.id } }),
    ).toBe(1);
    expect(await getTrackingStatus(submission.token, t.db)).toMatchObject({ state: "duplicate", verdictSlug: null, checking: false });

    await t.db.verdict.create({
      data: { claimId: claim.id, slug: "libraries-close", status: "PUBLISHED", authorId: author.id, publishedAt: new Date() },
    });
    expect(await getTrackingStatus(submission.token, t.db)).toMatchObject({ state: "duplicate", verdictSlug: "libraries-close" });
  });

  it("tells the submitter the truth after a retraction or a dismissal", async () => {
    const author = await makeStaff("REVIEWER");
    const accepted = await makeSubmission();
    const result = await acceptSubmission(
      { submissionId: accepted.id, version: 1, claimText: "The harbour bridge toll doubled in 2026." },
      actingAs(moderator),
    );
    if (!result.ok) throw new Error(result.message);
    await t.db.verdict.create({
      data: {
        claimId: result.data.claimId,
        slug: "bridge-toll",
        status: "RETRACTED",
        authorId: author.id,
        publishedAt: new Date(),
        retractedAt: new Date(),
      },
    });
    // The retracted verdict's page stays up, marked retracted: the submitter is sent there.
    expect(await getTrackingStatus(accepted.token, t.db)).toMatchObject({ state: "checked", verdictSlug: "bridge-toll" });

    const dismissedClaim = await t.db.claim.create({
      data: { text: "The old ferry pier was sold.", status: "DISMISSED", dismissalReason: "Not checkable." },
    });
    const duplicate = await makeSubmission();
    expect(
      await markSubmissionDuplicate({ submissionId: duplicate.id, version: 1, claimId: dismissedClaim.id }, actingAs(moderator)),
    ).toMatchObject({ ok: true });
    expect(await getTrackingStatus(duplicate.token, t.db)).toMatchObject({ state: "not_checked", reason: null });
  });

  it("rejects with a reason the submitter reads; a second triage of the same submission is refused (409)", async () => {
    const submission = await makeSubmission();
    expect(
      await rejectSubmission({ submissionId: submission.id, version: 1, reason: "This is an opinion, not a claim." }, actingAs(moderator)),
    ).toMatchObject({ ok: true });
    expect(await getTrackingStatus(submission.token, t.db)).toMatchObject({
      state: "not_checked",
      reason: "This is an opinion, not a claim.",
    });
    const again = await acceptSubmission(
      { submissionId: submission.id, version: 1, claimText: "Accepted after all, from a stale page." },
      actingAs(moderator),
    );
    expect(again).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("already triaged") });
    expect(await t.db.claim.count({ where: { text: "Accepted after all, from a stale page." } })).toBe(0);
  });

  it("rejects the ticked submissions as spam in bulk, skipping those triaged meanwhile", async () => {
    const spam = [await makeSubmission("Cheap watches cheap watches cheap"), await makeSubmission("Win a prize click this link today")];
    const handled = await makeSubmission();
    await rejectSubmission({ submissionId: handled.id, version: 1, reason: "Not a claim at all." }, actingAs(moderator));
    const result = await rejectSubmissionsAsSpam({ submissionIds: [...spam.map((s) => s.id), handled.id] }, actingAs(moderator));
    expect(result).toMatchObject({ ok: true, data: { rejected: 2, skipped: 1 } });
    for (const s of spam) {
      expect(await t.db.submission.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
        status: "REJECTED",
        rejectionReason: SPAM_REASON,
        version: 2,
      });
    }
    expect((await t.db.submission.findUniqueOrThrow({ where: { id: handled.id } })).rejectionReason).toBe("Not a claim at all.");
    expect(await t.db.auditEvent.count({ where: { entityId: { in: spam.map((s) => s.id) }, action: "submission.reject" } })).toBe(2);
    expect(await rejectSubmissionsAsSpam({ submissionIds: [] }, actingAs(moderator))).toMatchObject({
      status: 400,
      fieldErrors: { submissionIds: [expect.stringContaining("Tick")] },
    });
  });
});

describe("accepting a tip with its claimant, date and link (issue 16, item 4)", () => {
  const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "e2e", "fixtures", "harbour-toll.html"), "utf8");
  let server: http.Server;
  let origin: string;
  let allow: { testAllowHosts: string[] };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/missing") {
        response.writeHead(404, { "Content-Type": "text/plain" });
        response.end("gone");
        return;
      }
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(FIXTURE);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    allow = { testAllowHosts: [`127.0.0.1:${port}`] };
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function tip(text: string, url: string | null) {
    const { hash } = newTrackingToken();
    return t.db.submission.create({ data: { claimText: text, url, trackingTokenHash: hash }, select: { id: true, version: true } });
  }

  it("reuses an existing claimant by name (any capitalisation), adds a new one otherwise, and keeps the claim date", async () => {
    const existing = await t.db.claimant.create({ data: { name: "Anselm Brek", slug: "anselm-brek" } });
    const first = await tip("The port director says the harbour lost 14 million last year", null);
    const reused = await acceptSubmission(
      {
        submissionId: first.id,
        version: first.version,
        claimText: "The harbour lost 14 million crowns last year.",
        claimant: "anselm BREK",
        claimDate: "2026-11-20",
      },
      actingAs(moderator),
    );
    if (!reused.ok) throw new Error(reused.message);
    expect(reused.data.link).toBeNull();
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: reused.data.claimId } })).toMatchObject({
      claimantId: existing.id,
      claimDate: new Date("2026-11-20T00:00:00Z"),
    });

    const second = await tip("Ilse Varno says 40 crowns more per container", null);
    const created = await acceptSubmission(
      { submissionId: second.id, version: second.version, claimText: "The toll adds 40 crowns per container.", claimant: "Ilse Varno" },
      actingAs(moderator),
    );
    if (!created.ok) throw new Error(created.message);
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: created.data.claimId }, include: { claimant: true } });
    expect(claim).toMatchObject({ claimDate: null, claimant: { name: "Ilse Varno", slug: "ilse-varno" } });
    const actions = await t.db.auditEvent.findMany({
      where: { entityId: { in: [claim.claimantId!, claim.id] } },
      select: { action: true },
    });
    expect(actions.map((event) => event.action).sort()).toEqual(["claim.create", "claimant.create"]);

    const future = await tip("A claim dated in the future by mistake", null);
    expect(
      await acceptSubmission(
        { submissionId: future.id, version: future.version, claimText: "A claim dated in the future.", claimDate: "2999-01-01" },
        actingAs(moderator),
      ),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { claimDate: ["That date is in the future."] } });
  });

  it("fetches the tip's link as an article and anchors the claim where its words are, dated by the article", async () => {
    const submission = await tip("cargo grew by 6 per cent in 2025!", `${origin}/city/harbour-toll?utm_source=tipline`);
    const result = await acceptSubmission(
      {
        submissionId: submission.id,
        version: submission.version,
        claimText: "Cargo volumes grew by 6 per cent in 2025, the fastest growth since 2018.",
        fetchLink: "on",
      },
      actingAs(moderator),
      allow,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data.link).toMatchObject({ notice: null });
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.data.link!.articleId! } });
    expect(article).toMatchObject({ url: `${origin}/city/harbour-toll`, title: "Harbour toll to rise by a third, port authority says" });
    const appearance = await t.db.appearance.findUniqueOrThrow({ where: { id: result.data.link!.appearanceId! } });
    expect(appearance).toMatchObject({ claimId: result.data.claimId, articleId: article.id, anchorStatus: "ANCHORED" });
    // Found ignoring case: the claim starts with a capital, the article's sentence mid-line.
    expect(article.text.slice(appearance.start, appearance.end)).toBe(
      "cargo volumes grew by 6 per cent in 2025, the fastest growth since 2018.",
    );
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: result.data.claimId } })).toMatchObject({
      claimDate: new Date("2026-11-20T08:30:00Z"),
    });
    const events = await t.db.auditEvent.findMany({ where: { actorId: moderator.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["article.create", "claim.create", "appearance.create", "submission.accept"]),
    );
  });

  it("anchors at the moderator's quote; where neither quote nor claim is in the article, or the page cannot be read, a note on the claim says why", async () => {
    const quoted = await tip("the shipping lines will pay 40 more per box", `${origin}/city/harbour-toll`);
    const atQuote = await acceptSubmission(
      {
        submissionId: quoted.id,
        version: quoted.version,
        claimText: "The toll increase adds 40 crowns to every container unloaded in the city.",
        fetchLink: "on",
        quote: "the increase would add 40 crowns to the cost of every container unloaded in the city",
      },
      actingAs(moderator),
      allow,
    );
    if (!atQuote.ok) throw new Error(atQuote.message);
    const anchored = await t.db.appearance.findUniqueOrThrow({ where: { id: atQuote.data.link!.appearanceId! } });
    expect(anchored.exact).toBe("the increase would add 40 crowns to the cost of every container unloaded in the city");

    const elsewhere = await tip("the harbour will be closed on Sundays", `${origin}/city/harbour-toll`);
    const notFound = await acceptSubmission(
      { submissionId: elsewhere.id, version: elsewhere.version, claimText: "The harbour will be closed on Sundays.", fetchLink: "on" },
      actingAs(moderator),
      allow,
    );
    if (!notFound.ok) throw new Error(notFound.message);
    expect(notFound.data.link).toMatchObject({
      appearanceId: null,
      notice: expect.stringContaining("were not found in the tip's article"),
    });
    expect(notFound.data.link!.articleId).toBe(anchored.articleId);
    expect(await t.db.appearance.count({ where: { claimId: notFound.data.claimId } })).toBe(0);
    expect(await t.db.claimNote.findMany({ where: { claimId: notFound.data.claimId }, select: { body: true } })).toEqual([
      { body: notFound.data.link!.notice },
    ]);

    const broken = await tip("the port will be sold", `${origin}/missing`);
    const unread = await acceptSubmission(
      { submissionId: broken.id, version: broken.version, claimText: "The port will be sold next year.", fetchLink: "on" },
      actingAs(moderator),
      allow,
    );
    if (!unread.ok) throw new Error(unread.message);
    expect(unread.data.link).toMatchObject({
      articleId: null,
      appearanceId: null,
      notice: expect.stringMatching(/^The tip's link could not be added as an article: /),
    });
    expect(await t.db.claimNote.count({ where: { claimId: unread.data.claimId } })).toBe(1);

    // Without the test allowance a loopback link is refused by the fetch guard, and said so.
    const guarded = await tip("the port will be sold soon", `${origin}/city/harbour-toll`);
    const refused = await acceptSubmission(
      { submissionId: guarded.id, version: guarded.version, claimText: "The port will be sold soon, officials say.", fetchLink: "on" },
      actingAs(moderator),
      { testAllowHosts: [] },
    );
    if (!refused.ok) throw new Error(refused.message);
    expect(refused.data.link?.notice).toMatch(/private network/);
  });

  it("does not fetch anything for a reviewer (403 before any request)", async () => {
    let requests = 0;
    server.once("request", () => requests++);
    const submission = await tip("the toll rises by a third", `${origin}/city/harbour-toll`);
    const result = await acceptSubmission(
      { submissionId: submission.id, version: submission.version, claimText: "The harbour toll rises by a third.", fetchLink: "on" },
      actingAs(reviewer),
      allow,
    );
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(requests).toBe(0);
  });
});
