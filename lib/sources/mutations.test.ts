import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { ingestPastedArticle } from "@/lib/articles/mutations";
import { addEvidence } from "@/lib/evidence/mutations";
import { getSourceHistory } from "./history";
import { findSourceForHost, lockSourceKey } from "./lookup";
import { createSource, mergeSources, removeSourceAlias, updateSource } from "./mutations";

const t = useFreshDatabase();
const { actingAs, makeStaff, refreshed } = t;
let n = 0;

let moderator: CurrentUser;
let reviewer: CurrentUser;

const fields = (overrides: Record<string, unknown> = {}) => ({
  domain: `https://www.outlet-${++n}.example/politics`,
  name: `Outlet ${n}`,
  kind: "NEWS",
  reliability: "UNRATED",
  reliabilityNote: "",
  status: "ACTIVE",
  internalNotes: "",
  ...overrides,
});

async function makeSource(overrides: Record<string, unknown> = {}) {
  const result = await createSource(fields(overrides), actingAs(moderator));
  if (!result.ok) throw new Error(result.message);
  return t.db.source.findUniqueOrThrow({ where: { id: result.data.id } });
}

beforeEach(async () => {
  moderator = await makeStaff("MODERATOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("creating a source", () => {
  it("normalises the domain and records the creation in the audit log", async () => {
    const result = await createSource(
      fields({ domain: "HTTPS://WWW.Daily-Ledger.example:443/a?b", name: "Daily Ledger" }),
      actingAs(moderator),
    );
    expect(result).toMatchObject({ ok: true, data: { domain: "daily-ledger.example" } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.create", entityId: result.ok ? result.data.id : "" } });
    expect(event).toMatchObject({ actorId: moderator.id, after: { domain: "daily-ledger.example", name: "Daily Ledger" } });
  });

  it("refuses signed-out callers (401) and reviewers (403), saving nothing", async () => {
    const input = fields({ domain: "refused.example" });
    expect(await createSource(input, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await createSource(input, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 403,
      message: "Your role cannot manage the source registry.",
    });
    expect(await t.db.source.count({ where: { domain: "refused.example" } })).toBe(0);
  });

  it("answers bad input with field messages", async () => {
    const result = await createSource(fields({ domain: "not a domain", name: "x", kind: "BLOG", status: "GONE" }), actingAs(moderator));
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(result.ok ? {} : Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["domain", "kind", "name", "status"]);
  });

  it("refuses a domain that is taken, naming the source that has it", async () => {
    const existing = await makeSource({ domain: "taken.example", name: "Taken Times" });
    const result = await createSource(fields({ domain: "http://www.TAKEN.example/other" }), actingAs(moderator));
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { domain: [expect.stringContaining("“Taken Times”")] },
      current: { duplicateOf: { id: existing.id, domain: "taken.example" } },
    });
  });

  it("needs a public note for a reliability other than unrated, and for a block", async () => {
    const rated = await createSource(fields({ reliability: "HIGH" }), actingAs(moderator));
    expect(rated).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reliabilityNote: [expect.stringContaining("High reliability")] },
    });
    const blocked = await createSource(fields({ status: "BLOCKED" }), actingAs(moderator));
    expect(blocked).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reliabilityNote: [expect.stringContaining("Blocking needs a reason")] },
    });
    expect(await t.db.auditEvent.count({ where: { actorId: moderator.id } })).toBe(0);
  });
});

describe("editing a source", () => {
  it("saves, records only the changed fields, and refreshes public pages", async () => {
    const source = await makeSource();
    const result = await updateSource(
      {
        ...fields(),
        domain: source.domain,
        name: "Renamed Outlet",
        id: source.id,
        version: source.version,
        reliability: "MIXED",
        reliabilityNote: "One-sided on energy.",
      },
      actingAs(moderator),
    );
    expect(result).toMatchObject({ ok: true, data: { version: source.version + 1 } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.update", entityId: source.id } });
    expect(event.before).toEqual({ name: source.name, reliability: "UNRATED", reliabilityNote: null });
    expect(event.after).toEqual({ name: "Renamed Outlet", reliability: "MIXED", reliabilityNote: "One-sided on energy." });
    expect(refreshed.at(-1)).toEqual([publicTags.sources, publicTags.verdicts]);
  });

  it("refuses a reliability change without a new public note, and keeps the record", async () => {
    const source = await makeSource({ reliability: "HIGH", reliabilityNote: "Corrects openly." });
    const base = { ...fields(), domain: source.domain, name: source.name, id: source.id, version: source.version };
    const unchangedNote = await updateSource({ ...base, reliability: "LOW", reliabilityNote: "Corrects openly." }, actingAs(moderator));
    expect(unchangedNote).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reliabilityNote: [expect.stringContaining("rewrite the public note")] },
    });
    const noNote = await updateSource({ ...base, reliability: "LOW", reliabilityNote: "" }, actingAs(moderator));
    expect(noNote).toMatchObject({ ok: false, status: 400 });
    expect(await t.db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      reliability: "HIGH",
      version: source.version,
    });
  });

  it("blocking needs a reason; the block is its own audit action", async () => {
    const source = await makeSource();
    const base = { ...fields(), domain: source.domain, name: source.name, id: source.id, version: source.version, status: "BLOCKED" };
    expect(await updateSource(base, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reliabilityNote: [expect.stringContaining("Blocking needs a reason")] },
    });
    const blocked = await updateSource({ ...base, reliabilityNote: "Invents quotes." }, actingAs(moderator));
    expect(blocked.ok).toBe(true);
    expect(await t.db.auditEvent.findFirst({ where: { action: "source.block", entityId: source.id } })).toMatchObject({
      before: { status: "ACTIVE", reliabilityNote: null },
      after: { status: "BLOCKED", reliabilityNote: "Invents quotes." },
    });
  });

  it("refuses a save based on a stale version with the current record (409), keeping the other save", async () => {
    const source = await makeSource();
    const base = { ...fields(), domain: source.domain, id: source.id, version: source.version };
    expect((await updateSource({ ...base, name: "First tab" }, actingAs(moderator))).ok).toBe(true);
    const second = await updateSource({ ...base, name: "Second tab" }, actingAs(moderator));
    expect(second).toMatchObject({ ok: false, status: 409, current: { name: "First tab", version: source.version + 1 } });
    expect((await t.db.source.findUniqueOrThrow({ where: { id: source.id } })).name).toBe("First tab");
  });

  it("refuses moving to another source's domain", async () => {
    const other = await makeSource({ domain: "other-outlet.example" });
    const source = await makeSource();
    const result = await updateSource(
      { ...fields(), domain: "www.other-outlet.example", id: source.id, version: source.version },
      actingAs(moderator),
    );
    expect(result).toMatchObject({ ok: false, status: 409, current: { duplicateOf: { id: other.id } } });
  });

  it("does not refresh public pages for a change to internal notes alone", async () => {
    const source = await makeSource();
    const result = await updateSource(
      {
        ...fields(),
        domain: source.domain,
        name: source.name,
        id: source.id,
        version: source.version,
        internalNotes: "Call the desk first.",
      },
      actingAs(moderator),
    );
    expect(result.ok).toBe(true);
    expect(refreshed).toEqual([]);
  });

  it("shows its history from the audit log: who, when, what changed", async () => {
    const source = await makeSource({ name: "History Herald" });
    await updateSource(
      { ...fields(), domain: source.domain, name: "History Herald", id: source.id, version: source.version, status: "WATCH" },
      actingAs(moderator),
    );
    const history = await getSourceHistory(source.id, 50, t.db);
    expect(history.map((entry) => entry.summary)).toEqual(["Edited", "Added to the registry"]);
    expect(history[0]).toMatchObject({ actor: moderator.name, changes: [{ field: "Status", before: "Active", after: "Watch" }] });
  });
});

const mergeInput = (s: { id: string; version: number }, d: { id: string; version: number }) => ({
  survivorId: s.id,
  survivorVersion: s.version,
  duplicateId: d.id,
  duplicateVersion: d.version,
});

describe("merging two sources", () => {
  async function outletWithReferences() {
    const survivor = await makeSource({ name: "Ledger" });
    const duplicate = await makeSource({ name: "The Ledger", internalNotes: "Old desk contact." });
    const claim = await t.db.claim.create({ data: { text: "A claim" } });
    const articles = await Promise.all(
      [1, 2].map((i) => t.db.article.create({ data: { title: `A${i}`, text: "t", contentHash: "h", publisherId: duplicate.id } })),
    );
    const evidence = await Promise.all(
      [1, 2, 3].map((i) =>
        t.db.evidence.create({
          data: {
            claimId: claim.id,
            url: `https://${duplicate.domain}/e${i}`,
            title: `E${i}`,
            excerpt: "",
            stance: "CONTEXT",
            sourceId: duplicate.id,
            addedById: moderator.id,
          },
        }),
      ),
    );
    const kept = await t.db.evidence.create({
      data: {
        claimId: claim.id,
        url: `https://${survivor.domain}/k`,
        title: "K",
        excerpt: "",
        stance: "CONTEXT",
        sourceId: survivor.id,
        addedById: moderator.id,
      },
    });
    return { survivor, duplicate, articles, evidence, kept };
  }

  it("moves every article and piece of evidence to the survivor, deletes the duplicate, and audits it", async () => {
    const { survivor, duplicate, articles, evidence, kept } = await outletWithReferences();
    const result = await mergeSources(mergeInput(survivor, duplicate), actingAs(moderator));
    expect(result).toMatchObject({ ok: true, data: { articlesMoved: 2, evidenceMoved: 3 } });

    expect(await t.db.source.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const movedArticles = await t.db.article.findMany({ where: { id: { in: articles.map((a) => a.id) } } });
    expect(movedArticles.map((a) => a.publisherId)).toEqual([survivor.id, survivor.id]);
    const allEvidence = await t.db.evidence.findMany({ where: { id: { in: [...evidence.map((e) => e.id), kept.id] } } });
    expect(allEvidence.every((e) => e.sourceId === survivor.id)).toBe(true);
    expect(allEvidence).toHaveLength(4);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: survivor.id } })).internalNotes).toContain("Old desk contact.");

    const merge = await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.merge", entityId: survivor.id } });
    expect(merge).toMatchObject({
      actorId: moderator.id,
      before: { merged: { domain: duplicate.domain } },
      after: { articlesMoved: 2, evidenceMoved: 3 },
    });
    expect(await t.db.auditEvent.count({ where: { action: "source.delete", entityId: duplicate.id } })).toBe(1);
    expect(refreshed.at(-1)).toEqual([publicTags.sources, publicTags.verdicts]);
    expect((await getSourceHistory(survivor.id, 50, t.db))[0]!.summary).toContain("moved 2 articles and 3 pieces of evidence");
  });

  it("leaves everything where it was when a step fails midway (articles already moved, evidence refused)", async () => {
    const { survivor, duplicate, articles, evidence } = await outletWithReferences();
    // A real failure in the database halfway through: the evidence move is refused after the
    // articles were moved in the same transaction.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_evidence_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure while moving evidence'; END $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_evidence_move BEFORE UPDATE OF "sourceId" ON "Evidence"
      FOR EACH ROW WHEN (NEW."sourceId" = '${survivor.id}') EXECUTE FUNCTION refuse_evidence_move()`);
    try {
      await expect(mergeSources(mergeInput(survivor, duplicate), actingAs(moderator))).rejects.toThrow(
        /forced failure while moving evidence/,
      );
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_evidence_move ON "Evidence"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION refuse_evidence_move()`);
    }

    expect(await t.db.source.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({
      version: duplicate.version,
      internalNotes: "Old desk contact.",
    });
    expect(await t.db.source.findUniqueOrThrow({ where: { id: survivor.id } })).toMatchObject({ version: survivor.version });
    const stillThere = await t.db.article.findMany({ where: { id: { in: articles.map((a) => a.id) } } });
    expect(stillThere.map((a) => a.publisherId)).toEqual([duplicate.id, duplicate.id]);
    expect(await t.db.evidence.count({ where: { id: { in: evidence.map((e) => e.id) }, sourceId: duplicate.id } })).toBe(3);
    expect(
      await t.db.auditEvent.count({
        where: { action: { in: ["source.merge", "source.delete"] }, entityId: { in: [survivor.id, duplicate.id] } },
      }),
    ).toBe(0);
    expect(refreshed).toEqual([]);

    // And the same merge succeeds once nothing stands in its way.
    expect(await mergeSources(mergeInput(survivor, duplicate), actingAs(moderator))).toMatchObject({
      ok: true,
      data: { articlesMoved: 2, evidenceMoved: 3 },
    });
  });

  it("refuses reviewers, a merge into itself, and a stale duplicate", async () => {
    const { survivor, duplicate } = await outletWithReferences();
    expect(await mergeSources(mergeInput(survivor, duplicate), actingAs(reviewer))).toMatchObject({ ok: false, status: 403 });
    expect(await mergeSources(mergeInput(survivor, survivor), actingAs(moderator))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { duplicateId: [expect.any(String)] },
    });
    await t.db.source.update({ where: { id: duplicate.id }, data: { name: "Renamed meanwhile", version: { increment: 1 } } });
    expect(await mergeSources(mergeInput(survivor, duplicate), actingAs(moderator))).toMatchObject({
      ok: false,
      status: 409,
      current: { name: "Renamed meanwhile" },
    });
    expect(await t.db.evidence.count({ where: { sourceId: duplicate.id } })).toBe(3);
  });
});

describe("aliases: the domains of merged duplicates", () => {
  const current = (id: string) => t.db.source.findUniqueOrThrow({ where: { id } });
  const aliasesOf = async (id: string) =>
    (await t.db.sourceAlias.findMany({ where: { sourceId: id }, orderBy: { domain: "asc" } })).map((alias) => alias.domain);
  async function merge(survivorId: string, duplicateId: string) {
    const result = await mergeSources(mergeInput(await current(survivorId), await current(duplicateId)), actingAs(moderator));
    if (!result.ok) throw new Error(result.message);
  }

  it("keeps the duplicate's domain, and through a chain of merges its aliases, on the survivor; audited", async () => {
    const a = await makeSource({ name: "Ledger A" });
    const b = await makeSource({ name: "Ledger B" });
    const c = await makeSource({ name: "Ledger C" });
    await merge(b.id, a.id);
    expect(await aliasesOf(b.id)).toEqual([a.domain]);
    await merge(c.id, b.id);
    expect(await aliasesOf(c.id)).toEqual([a.domain, b.domain].sort());
    expect(await t.db.sourceAlias.count({ where: { domain: { in: [a.domain, b.domain] } } })).toBe(2);

    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.merge", entityId: c.id } });
    expect(event.after).toMatchObject({ aliasesAdded: [b.domain, a.domain] });
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.delete", entityId: b.id } })).toMatchObject({
      after: { aliasesAdded: [b.domain, a.domain] },
    });
    expect((await getSourceHistory(c.id, 50, t.db))[0]!.summary).toContain(`${b.domain}, ${a.domain} are kept as aliases.`);
  });

  it("resolves an alias and its subdomains like the source's own domain; a subdomain's own entry still wins", async () => {
    const survivor = await makeSource({ name: "Kept Outlet" });
    const duplicate = await makeSource({ domain: `mirror-${++n}.example`, name: "Mirror" });
    await merge(survivor.id, duplicate.id);
    expect((await findSourceForHost(t.db, duplicate.domain))?.id).toBe(survivor.id);
    expect((await findSourceForHost(t.db, `m.news.${duplicate.domain}`))?.id).toBe(survivor.id);
    const section = await makeSource({ domain: `news.${duplicate.domain}`, name: "Mirror News" });
    expect((await findSourceForHost(t.db, `m.news.${duplicate.domain}`))?.id).toBe(section.id);
  });

  it("refuses citing or ingesting from a blocked source's merged mirror (and its subdomains), creating no new source", async () => {
    const rt = await makeSource({ name: "RT", status: "BLOCKED", reliabilityNote: "State propaganda." });
    const mirror = await makeSource({ domain: `rt-mirror-${++n}.example`, name: "RT mirror" });
    await merge(rt.id, mirror.id);
    const claim = await t.db.claim.create({ data: { text: "A claim citing a mirror" } });
    const text = "The minister said on Monday that the harbour toll doubles next year, to 40 crowns for every car.";
    const sources = await t.db.source.count();

    const evidence = await addEvidence(
      {
        claimId: claim.id,
        url: `https://m.${mirror.domain}/story`,
        title: "Mirror story",
        excerpt: "The minister said so.",
        stance: "SUPPORTS",
        archiveUrl: "",
      },
      actingAs(reviewer),
    );
    expect(evidence).toMatchObject({ ok: false, status: 400, message: "RT is blocked: State propaganda." });
    const article = await ingestPastedArticle({ title: "Mirror", text, url: `https://${mirror.domain}/a` }, actingAs(reviewer));
    // One wording for a blocked source, whether cited as evidence or ingested (blockedSourceMessage).
    expect(article).toMatchObject({ ok: false, status: 400, message: "RT is blocked: State propaganda." });
    const byPublisher = await ingestPastedArticle({ title: "Mirror", text, publisher: mirror.domain }, actingAs(reviewer));
    expect(byPublisher).toMatchObject({ ok: false, status: 400, fieldErrors: { publisher: ["RT is blocked: State propaganda."] } });
    expect(await t.db.source.count()).toBe(sources);
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a new or edited source whose domain is an alias, naming the source that owns it", async () => {
    const owner = await makeSource({ name: "Owner Outlet" });
    const duplicate = await makeSource({ domain: `merged-away-${++n}.example` });
    await merge(owner.id, duplicate.id);

    const created = await createSource(fields({ domain: `https://www.${duplicate.domain}/x` }), actingAs(moderator));
    expect(created).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: {
        domain: [expect.stringContaining(`${duplicate.domain} is already in the registry as an alias of “Owner Outlet” (${owner.domain})`)],
      },
      current: { duplicateOf: { id: owner.id, domain: owner.domain } },
    });
    const other = await makeSource();
    const moved = await updateSource({ ...fields(), domain: duplicate.domain, id: other.id, version: other.version }, actingAs(moderator));
    expect(moved).toMatchObject({ ok: false, status: 409, current: { duplicateOf: { id: owner.id } } });
    // Not even on its own source: a domain is never both a source's domain and an alias.
    const own = await current(owner.id);
    const ownAlias = await updateSource(
      { ...fields(), domain: duplicate.domain, name: own.name, id: own.id, version: own.version },
      actingAs(moderator),
    );
    expect(ownAlias).toMatchObject({ ok: false, status: 409, current: { duplicateOf: { id: owner.id } } });
    expect(await t.db.source.count({ where: { domain: duplicate.domain } })).toBe(0);
  });

  it("is guaranteed by the database: a domain cannot be both a source's domain and an alias", async () => {
    const owner = await makeSource();
    await expect(t.db.sourceAlias.create({ data: { domain: owner.domain, sourceId: owner.id } })).rejects.toMatchObject({ code: "P2002" });
    await t.db.sourceAlias.create({ data: { domain: `alias-${++n}.example`, sourceId: owner.id } });
    await expect(t.db.source.create({ data: { domain: `alias-${n}.example`, name: "Clash" } })).rejects.toMatchObject({ code: "P2002" });
    await expect(t.db.source.update({ where: { id: owner.id }, data: { domain: `alias-${n}.example` } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("removes an alias: audited, public pages refreshed, the source's version left alone (its details form stays valid); the domain is no longer recognised", async () => {
    const owner = await makeSource({ name: "Alias Owner" });
    const duplicate = await makeSource({ domain: `old-name-${++n}.example` });
    await merge(owner.id, duplicate.id);
    const before = await current(owner.id);
    const remove = { id: owner.id, domain: `WWW.${duplicate.domain.toUpperCase()}` };

    expect(await removeSourceAlias(remove, actingAs(reviewer))).toMatchObject({ ok: false, status: 403 });
    expect(await removeSourceAlias({ ...remove, id: randomUUID() }, actingAs(moderator))).toMatchObject({ ok: false, status: 404 });
    expect(await aliasesOf(owner.id)).toEqual([duplicate.domain]);
    refreshed.length = 0;

    expect(await removeSourceAlias(remove, actingAs(moderator))).toMatchObject({ ok: true, data: { domain: duplicate.domain } });
    expect(await aliasesOf(owner.id)).toEqual([]);
    expect((await current(owner.id)).version).toBe(before.version);
    expect(await findSourceForHost(t.db, duplicate.domain)).toBeNull();
    expect(refreshed).toEqual([[publicTags.sources, publicTags.verdicts]]);
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "source.remove_alias", entityId: owner.id } })).toMatchObject({
      actorId: moderator.id,
      before: { alias: duplicate.domain },
    });
    expect((await getSourceHistory(owner.id, 50, t.db))[0]).toMatchObject({
      summary: "Removed an alias",
      changes: [{ field: "Also known as", before: duplicate.domain, after: null }],
    });
    // Removed already (by someone else meanwhile): nothing to remove, and the form is told so.
    const again = await removeSourceAlias(remove, actingAs(moderator));
    expect(again).toMatchObject({
      ok: false,
      status: 404,
      message: `${duplicate.domain} is no longer an alias of this source (removed meanwhile).`,
    });
    expect((await current(owner.id)).version).toBe(before.version);
    // The details form opened before the removal still saves on its version.
    expect(
      await updateSource(
        { ...fields({ domain: owner.domain, name: "Alias Owner" }), id: owner.id, version: before.version },
        actingAs(moderator),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe("writers of one domain at the same moment (the domain's lock, migration 20261127080000_source_aliases)", () => {
  /** Someone else's transaction: `first` runs, then it waits for `release()`, then `then` runs and it commits. */
  function anotherTransaction(
    first: (tx: Prisma.TransactionClient) => Promise<unknown>,
    then?: (tx: Prisma.TransactionClient) => Promise<unknown>,
  ) {
    let release!: () => void;
    let started!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const ready = new Promise<void>((resolve) => (started = resolve));
    const done = t.db.$transaction(
      async (tx) => {
        await first(tx);
        started();
        await released;
        await then?.(tx);
      },
      { timeout: 30_000 },
    );
    done.catch(() => {}); // awaited by the test
    return { ready, release, done };
  }

  /** Until a transaction in this test database waits for an advisory lock (a domain's). */
  async function untilSomeoneWaitsForADomain() {
    for (let i = 0; i < 400; i++) {
      const [row] = await t.db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      if (row && row.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("Nobody waited for a domain's lock.");
  }

  it("an article or a citation from a new domain that becomes another source's alias at that moment goes to that source, instead of failing as a duplicate", async () => {
    const owner = await makeSource({ name: "Merged Into" });
    const claim = await t.db.claim.create({ data: { text: "A claim citing a domain being merged" } });
    const text = "The minister said on Monday that the harbour toll doubles next year, to 40 crowns for every car.";
    const writes = {
      article: async (domain: string) => {
        const result = await ingestPastedArticle({ title: "Merged", text, url: `https://${domain}/a` }, actingAs(reviewer));
        return result.ok ? (await t.db.article.findUniqueOrThrow({ where: { id: result.data.articleId } })).publisherId : result;
      },
      evidence: async (domain: string) => {
        const input = {
          claimId: claim.id,
          url: `https://${domain}/story`,
          title: "Story",
          excerpt: "The minister said so.",
          stance: "CONTEXT",
          archiveUrl: "",
        };
        const result = await addEvidence(input, actingAs(reviewer));
        return result.ok ? (await t.db.evidence.findFirstOrThrow({ where: { claimId: claim.id, url: input.url } })).sourceId : result;
      },
    };
    for (const [what, write] of Object.entries(writes)) {
      const domain = `being-merged-${++n}.example`;
      // A merge making the domain an alias: inserted, not yet committed (so the writer's first
      // lookup misses it), holding the domain's lock (so the writer then waits for it).
      const merge = anotherTransaction((tx) => tx.sourceAlias.create({ data: { domain, sourceId: owner.id } }));
      await merge.ready;
      const writing = write(domain);
      await untilSomeoneWaitsForADomain();
      merge.release();
      await merge.done;
      expect(await writing, what).toBe(owner.id);
      expect(await t.db.source.count({ where: { domain } }), what).toBe(0);
    }
  });

  it("a merge and a new source with the duplicate's domain do not deadlock: the new source is refused as taken, the merge goes through", async () => {
    const survivor = await makeSource({ name: "Survivor" });
    const duplicate = await makeSource({ domain: `duplicate-${++n}.example`, name: "Duplicate" });
    // Someone adding a source with the duplicate's domain holds the domain's lock (as the
    // trigger takes it) and, once the merge waits, inserts the row.
    let inserted: unknown;
    const adding = anotherTransaction(
      (tx) => lockSourceKey(tx, duplicate.domain),
      (tx) =>
        tx.source.create({ data: { domain: duplicate.domain, name: "Added meanwhile" } }).catch((error: unknown) => {
          inserted = error;
        }),
    );
    await adding.ready;
    const merging = mergeSources(mergeInput(survivor, duplicate), actingAs(moderator));
    await untilSomeoneWaitsForADomain();
    adding.release();
    await adding.done.catch(() => {});
    expect(await merging).toMatchObject({ ok: true });
    // Refused by the unique index, not chosen as a deadlock victim (P2034).
    expect(inserted).toMatchObject({ code: "P2002" });
    expect(await t.db.sourceAlias.findMany({ where: { domain: duplicate.domain }, select: { sourceId: true } })).toEqual([
      { sourceId: survivor.id },
    ]);
  });
});
