import { verify } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "@/lib/articles/content-hash";
import { textQuoteSelector } from "@/lib/articles/selectors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toSourceKey } from "@/lib/sources/domain";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { readPublishedEvidence } from "@/lib/verdicts/published-evidence";
import { DEMO_ACCOUNTS, seedDemoData } from "./demo-data";

const t = useFreshDatabase();

/** Row counts of every table the demo data writes to. */
async function tableCounts(db: PrismaClient) {
  return {
    users: await db.user.count(),
    sources: await db.source.count(),
    articles: await db.article.count(),
    claimants: await db.claimant.count(),
    topics: await db.topic.count(),
    claims: await db.claim.count(),
    appearances: await db.appearance.count(),
    evidence: await db.evidence.count(),
    claimNotes: await db.claimNote.count(),
    verdicts: await db.verdict.count(),
    verdictRevisions: await db.verdictRevision.count(),
    submissions: await db.submission.count(),
    auditEvents: await db.auditEvent.count(),
  };
}

const sameText = (a: { ratingId: string | null; conclusion: string; rationale: string }, b: typeof a) =>
  a.ratingId === b.ratingId && a.conclusion === b.conclusion && a.rationale === b.rationale;

describe("demo data", () => {
  let first: Awaited<ReturnType<typeof seedDemoData>>;
  beforeAll(async () => {
    first = await seedDemoData(t.db);
  });

  it("seeds an empty database and reports what it wrote", async () => {
    expect(first.seeded).toBe(true);
    expect(first.counts).toEqual(await tableCounts(t.db));
    expect(first.counts.claims).toBeGreaterThanOrEqual(16);
  });

  it("writes nothing the second time", async () => {
    const before = await tableCounts(t.db);
    await expect(seedDemoData(t.db)).resolves.toEqual({ seeded: false, counts: {} });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("has one active account per role that signs in with the demo password, and an inactive reviewer", async () => {
    const users = await t.db.user.findMany();
    for (const role of ["ADMIN", "MODERATOR", "REVIEWER"] as const) {
      expect(users.filter((u) => u.role === role && u.active).length, role).toBeGreaterThanOrEqual(1);
    }
    expect(users.some((u) => u.role === "REVIEWER" && !u.active)).toBe(true);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email);
      expect(user?.role).toBe(account.role);
      expect(user?.active).toBe(account.active);
      expect(await verify(user?.passwordHash ?? "", account.password)).toBe(true);
    }
  });

  it("anchors every appearance to its article text by position and by quote", async () => {
    const appearances = await t.db.appearance.findMany({ include: { article: true } });
    expect(appearances.length).toBeGreaterThan(0);
    for (const { article, exact, prefix, suffix, start, end } of appearances) {
      expect(article.text.slice(start, end)).toBe(exact);
      expect({ exact, prefix, suffix, start, end }).toEqual(textQuoteSelector(article.text, start, end));
    }
  });

  it("stores each article's content hash, publisher and plausible length", async () => {
    const articles = await t.db.article.findMany({ include: { publisher: true } });
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const article of articles) {
      expect(article.contentHash).toBe(contentHash(article.text));
      expect(article.publisher?.kind).toBe("NEWS");
      expect(toSourceKey(article.url ?? "")).toBe(article.publisher?.domain);
      const words = article.text.split(/\s+/).length;
      expect(words, article.title).toBeGreaterThanOrEqual(350);
      expect(words, article.title).toBeLessThanOrEqual(700);
    }
    expect(
      articles.some((a) =>
        a.text.includes("officials maintained the deal reflects preexisting measures and their independent decision-making."),
      ),
    ).toBe(true);
  });

  it("covers every reliability and source status, with domains stored as source keys", async () => {
    const sources = await t.db.source.findMany();
    expect(new Set(sources.map((s) => s.reliability))).toEqual(new Set(["HIGH", "MIXED", "LOW", "UNRATED"]));
    expect(new Set(sources.map((s) => s.status))).toEqual(new Set(["ACTIVE", "WATCH", "BLOCKED"]));
    for (const source of sources) expect(source.domain).toBe(toSourceKey(source.domain));
  });

  it("cites evidence only from registered, unblocked sources matching its URL", async () => {
    const evidence = await t.db.evidence.findMany({ include: { source: true } });
    for (const item of evidence) {
      expect(item.source, item.url).not.toBeNull();
      expect(item.source?.status).not.toBe("BLOCKED");
      expect(toSourceKey(item.url)).toBe(item.source?.domain);
    }
  });

  it("has claims in every status, one of them seen in two articles", async () => {
    const claims = await t.db.claim.findMany({ include: { appearances: true, verdicts: true } });
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(["NEW", "IN_REVIEW", "PUBLISHED", "DISMISSED"]));
    expect(claims.some((c) => new Set(c.appearances.map((a) => a.articleId)).size >= 2)).toBe(true);
    expect(claims.some((c) => c.appearances.length === 0)).toBe(true);
    for (const claim of claims) {
      if (claim.status === "DISMISSED") expect(claim.dismissalReason).toBeTruthy();
      if (claim.status === "IN_REVIEW" || claim.status === "PUBLISHED") expect(claim.verdicts, claim.text).not.toHaveLength(0);
      if (claim.checkworthiness !== null) {
        expect(claim.checkworthiness).toBeGreaterThanOrEqual(0.55);
        expect(claim.checkworthiness).toBeLessThanOrEqual(0.95);
      }
    }
  });

  it("has verdicts in every status, each published one approved by someone other than its author", async () => {
    const verdicts = await t.db.verdict.findMany({ include: { revisions: { orderBy: { number: "asc" } }, rating: true } });
    expect(new Set(verdicts.map((v) => v.status))).toEqual(new Set(["DRAFT", "AWAITING_APPROVAL", "PUBLISHED", "RETRACTED"]));
    const ratings = new Set(verdicts.filter((v) => v.status === "PUBLISHED").map((v) => v.rating?.ordinal ?? null));
    expect(ratings.has(null)).toBe(true);
    expect([...ratings].some((ordinal) => ordinal !== null)).toBe(true);

    for (const verdict of verdicts) {
      expect(verdict.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(verdict.slug.length).toBeLessThanOrEqual(60);
      const current = verdict.revisions.at(-1);
      expect(current && sameText(current, verdict), verdict.slug).toBe(true);
      if (verdict.status === "DRAFT" || verdict.status === "AWAITING_APPROVAL") {
        expect(current?.status).toBe(verdict.status);
        continue;
      }
      const [original] = verdict.revisions;
      expect(original).toMatchObject({ number: 1, kind: "ORIGINAL", status: "PUBLISHED" });
      expect(verdict.approverId).not.toBeNull();
      expect(verdict.approverId).not.toBe(verdict.authorId);
      expect(verdict.publishedAt?.getTime()).toBe(original?.publishedAt?.getTime());
      const publishedAt = verdict.publishedAt?.toISOString() ?? "";
      expect(publishedAt >= "2026-09-01" && publishedAt < "2026-12-01", publishedAt).toBe(true);
      for (const revision of verdict.revisions) {
        expect(revision.status).toBe("PUBLISHED");
        expect(revision.approverId).not.toBe(revision.authorId);
        if (revision.number > 1) expect(revision.note).toBeTruthy();
      }
      if (verdict.status === "RETRACTED") {
        expect(verdict.retractedAt).not.toBeNull();
        expect(verdict.retractionReason).toBeTruthy();
      }
    }
  });

  it("has a corrected verdict whose first revision keeps the earlier text, and an updated one", async () => {
    const revisions = await t.db.verdictRevision.findMany({
      where: { number: { gt: 1 } },
      include: { verdict: { include: { revisions: true } } },
    });
    const correction = revisions.find((r) => r.kind === "CORRECTION" && r.status === "PUBLISHED");
    expect(correction?.note).toMatch(/^Correction/);
    const original = correction?.verdict.revisions.find((r) => r.number === 1);
    expect(original && correction && sameText(original, correction)).toBe(false);
    expect(correction?.verdict.status).toBe("PUBLISHED");
    expect(revisions.some((r) => r.kind === "UPDATE" && r.status === "PUBLISHED" && r.note)).toBe(true);
  });

  it("keeps with each published version the evidence it had then; the pact's update published the memorandum added later", async () => {
    const verdicts = await t.db.verdict.findMany({
      where: { status: { in: ["PUBLISHED", "RETRACTED"] } },
      include: { revisions: { orderBy: { number: "asc" } } },
    });
    for (const verdict of verdicts) {
      const published = verdict.revisions.filter((r) => r.status === "PUBLISHED");
      for (const revision of published) {
        expect(readPublishedEvidence(revision.evidence)?.length, `${verdict.slug} ${revision.number}`).toBeGreaterThanOrEqual(1);
      }
      expect(verdict.publishedEvidence).toEqual(published.at(-1)!.evidence);
    }
    const pact = verdicts.find((v) => v.slug === "valoria-kestria-pact-preexisting-measures")!;
    const [original, update] = pact.revisions.map((revision) => readPublishedEvidence(revision.evidence)!);
    const isMemorandum = (item: { title: string }) => item.title.startsWith("Memorandum");
    expect(update!.filter(isMemorandum)).toHaveLength(1);
    // The update is the original's evidence, unchanged and in the same order, plus the memorandum.
    expect(update!.filter((item) => !isMemorandum(item))).toEqual(original);
    expect(original!.some(isMemorandum)).toBe(false);
  });

  it("has submissions in every status, closed or linked as their status requires", async () => {
    const submissions = await t.db.submission.findMany();
    const byStatus = (status: string) => submissions.filter((s) => s.status === status);
    expect(byStatus("NEW").length).toBeGreaterThanOrEqual(1);
    for (const s of byStatus("ACCEPTED")) expect(s).toMatchObject({ closedAt: null, claimId: expect.any(String) });
    for (const s of byStatus("DUPLICATE")) expect(s).toMatchObject({ closedAt: expect.any(Date), claimId: expect.any(String) });
    for (const s of byStatus("REJECTED")) expect(s).toMatchObject({ closedAt: expect.any(Date), rejectionReason: expect.any(String) });
    expect(["ACCEPTED", "DUPLICATE", "REJECTED"].every((status) => byStatus(status).length > 0)).toBe(true);
    expect(submissions.every((s) => /^[0-9a-f]{64}$/.test(s.trackingTokenHash))).toBe(true);
  });

  it("records the history in the audit log without contact details or secrets", async () => {
    const events = await t.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const actions = new Set(events.map((e) => e.action));
    for (const action of ["verdict.publish", "verdict.correct", "verdict.retract", "source.block", "claim.dismiss"]) {
      expect(actions.has(action), action).toBe(true);
    }
    const times = events.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const logged = JSON.stringify(events.map((e) => [e.before, e.after]));
    expect(logged).not.toMatch(/@example\.net|passwordHash|\$argon2/);
  });
});

describe("demo data on a database it conflicts with", () => {
  const other = useFreshDatabase();

  it("writes nothing at all when any part fails", async () => {
    // A source the demo also wants to create: the unique domain fails the seed halfway through.
    await other.db.source.create({ data: { domain: "chatterwell.example", name: "Chatterwell" } });
    await expect(seedDemoData(other.db)).rejects.toThrow();
    expect(await other.db.user.count()).toBe(0);
    expect(await other.db.source.count()).toBe(1);
  });
});
