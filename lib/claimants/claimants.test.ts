import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import type { MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { searchVerdicts } from "@/lib/search/search";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { holdRowLocks, tracked, waitForLockWaits } from "@/scripts/testing/locks";
import { createClaim } from "@/lib/claims/create";
import { claimantNameKey } from "./find-or-create";
import { mergeClaimants } from "./mutations";
import { findMergedClaimantTarget } from "./queries";

const t = useFreshDatabase();
let n = 0;
let refreshed: string[][] = [];
const as = (user: CurrentUser | null): MutationDeps => ({
  db: t.db,
  currentUser: async () => user,
  refresh: (tags) => void refreshed.push([...tags]),
});
const makeUser = (role: Role) =>
  t.db.user.create({
    data: { email: `c${++n}-${role.toLowerCase()}@example.test`, name: `User ${n}`, role },
    select: { id: true, name: true, email: true, role: true },
  });

let moderator: CurrentUser;
let reviewer: CurrentUser;
beforeAll(async () => {
  moderator = await makeUser("MODERATOR");
  reviewer = await makeUser("REVIEWER");
});

async function claimNamed(claimant: string, text = `Claim number ${++n} says the port moved ${n} million containers.`) {
  const result = await createClaim({ text, claimant }, as(reviewer));
  if (!result.ok) throw new Error(result.message);
  return t.db.claim.findUniqueOrThrow({
    where: { id: result.data.claimId },
    select: { id: true, claimant: { select: { id: true, name: true, slug: true, version: true } } },
  });
}

async function publish(claimId: string) {
  await t.db.claim.update({ where: { id: claimId }, data: { status: "PUBLISHED" } });
  return t.db.verdict.create({
    data: {
      claimId,
      slug: `verdict-${++n}`,
      conclusion: "Our conclusion.",
      rationale: "",
      status: "PUBLISHED",
      authorId: reviewer.id,
      publishedAt: new Date(),
    },
  });
}

const current = (id: string) => t.db.claimant.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, slug: true } });
const mergeInput = (s: { id: string; version: number }, d: { id: string; version: number }) => ({
  survivorId: s.id,
  survivorVersion: s.version,
  duplicateId: d.id,
  duplicateVersion: d.version,
});

describe("claimant names", () => {
  it("mean the same claimant whatever the leading article, or a title before a full name", async () => {
    const key = (name: string) => claimantNameKey(t.db, name);
    expect(await key("the National Statistics Office")).toBe(await key("National Statistics Office"));
    expect(await key("The  national statistics office.")).toBe("national statistics office");
    for (const name of [
      "Energy Minister Piet Haldane",
      "Minister Piet Haldane",
      "Dr. Piet Haldane",
      "Dr Piet Haldane",
      "President Piet Haldane",
      "Deputy Prime Minister Piet Haldane",
      "PIET HALDANE",
    ]) {
      expect(await key(name), name).toBe("piet haldane");
    }
  });

  it("keep a title that is not followed by a full name, and do not fold accents", async () => {
    const key = (name: string) => claimantNameKey(t.db, name);
    // A surname alone could be anyone's; an office without a name is the office.
    expect(await key("Dr Haldane")).toBe("dr haldane");
    expect(await key("President Haldane")).toBe("president haldane");
    expect(await key("Minister of Energy")).toBe("minister of energy");
    expect(await key("the Minister of Energy")).toBe("minister of energy");
    expect(await key("Prime Minister's Office")).toBe("prime minister s office");
    expect(await key("Ilse Varño")).not.toBe(await key("Ilse Varno"));
  });

  it("find the existing claimant when a claim names it with an article or a title", async () => {
    const office = await claimNamed("National Statistics Office");
    expect((await claimNamed("the National Statistics Office")).claimant!.id).toBe(office.claimant!.id);
    const person = await claimNamed("Anja Lindqvist");
    expect((await claimNamed("Energy Minister Anja Lindqvist")).claimant!.id).toBe(person.claimant!.id);
    expect((await claimNamed("Dr. Anja Lindqvist")).claimant!.id).toBe(person.claimant!.id);
    // Only the surname: a new claimant, not a guess.
    expect((await claimNamed("Dr Lindqvist")).claimant!.id).not.toBe(person.claimant!.id);
  });

  it("make one claimant when two claims name it at once, one with “the”", async () => {
    const [a, b] = await Promise.all([claimNamed("The Harbour Pilots Association"), claimNamed("Harbour Pilots Association")]);
    expect(a.claimant!.id).toBe(b.claimant!.id);
    expect(await t.db.claimant.count({ where: { nameKey: "harbour pilots association" } })).toBe(1);
  });
});

describe("merging claimants", () => {
  it("moves the claims and published verdicts to the survivor, keeps the duplicate's slug and name as aliases, audited", async () => {
    const survivor = await claimNamed("Tomas Brekke");
    const duplicate = await claimNamed("T. Brekke");
    const second = await claimNamed("T. Brekke");
    const verdict = await publish(duplicate.id);
    await t.db.claimant.update({ where: { id: duplicate.claimant!.id }, data: { description: "Harbour master." } });
    refreshed = [];

    const result = await mergeClaimants(
      mergeInput(await current(survivor.claimant!.id), await current(duplicate.claimant!.id)),
      as(moderator),
    );
    expect(result).toMatchObject({ ok: true, data: { survivorId: survivor.claimant!.id, claimsMoved: 2 } });
    expect(refreshed).toEqual([[publicTags.claimants, publicTags.verdicts]]);
    expect(await t.db.claimant.findUnique({ where: { id: duplicate.claimant!.id } })).toBeNull();
    for (const claim of [duplicate, second])
      expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(survivor.claimant!.id);
    // The survivor keeps its own fields and takes the duplicate's description, which it lacked.
    expect(await t.db.claimant.findUniqueOrThrow({ where: { id: survivor.claimant!.id } })).toMatchObject({
      name: "Tomas Brekke",
      description: "Harbour master.",
      version: 2,
    });
    expect(await t.db.claimantAlias.findMany({ where: { claimantId: survivor.claimant!.id }, select: { slug: true, name: true } })).toEqual(
      [{ slug: duplicate.claimant!.slug, name: "T. Brekke" }],
    );

    // Search follows: the verdict is found under the survivor's slug, not the duplicate's.
    const bySlug = async (claimant: string) => (await searchVerdicts(t.db, { claimant }, { limit: 10 })).hits.map((hit) => hit.id);
    expect(await bySlug(survivor.claimant!.slug)).toEqual([verdict.id]);
    // The old public page redirects to the survivor's, which now has a public verdict.
    expect(await findMergedClaimantTarget(t.db, duplicate.claimant!.slug)).toBe(survivor.claimant!.slug);

    // A claim naming the merged claimant finds the survivor.
    expect((await claimNamed("T. Brekke")).claimant!.id).toBe(survivor.claimant!.id);

    const events = await t.db.auditEvent.findMany({
      where: { action: { in: ["claimant.merge", "claimant.delete"] } },
      orderBy: { action: "desc" },
    });
    expect(events.map((event) => [event.action, event.entityId, event.actorId])).toEqual([
      ["claimant.merge", survivor.claimant!.id, moderator.id],
      ["claimant.delete", duplicate.claimant!.id, moderator.id],
    ]);
    expect(events[0]!.after).toMatchObject({
      claimsMoved: 2,
      claimIds: [duplicate.id, second.id].sort(),
      aliasesAdded: [duplicate.claimant!.slug],
    });
  });

  it("carries aliases along a chain of merges", async () => {
    const a = await claimNamed("Greta Olsen-Vik");
    const b = await claimNamed("G. Olsen-Vik");
    const c = await claimNamed("Greta O. Vik");
    expect((await mergeClaimants(mergeInput(await current(b.claimant!.id), await current(a.claimant!.id)), as(moderator))).ok).toBe(true);
    expect((await mergeClaimants(mergeInput(await current(c.claimant!.id), await current(b.claimant!.id)), as(moderator))).ok).toBe(true);
    const aliases = await t.db.claimantAlias.findMany({
      where: { claimantId: c.claimant!.id },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    expect(aliases.map((alias) => alias.slug)).toEqual([a.claimant!.slug, b.claimant!.slug].sort());
    expect((await claimNamed("Greta Olsen-Vik")).claimant!.id).toBe(c.claimant!.id);
  });

  it("refuses reviewers, a merge into itself, a stale version and a claimant merged meanwhile", async () => {
    const survivor = await claimNamed("Lena Ostby");
    const duplicate = await claimNamed("L. Ostby");
    const s = await current(survivor.claimant!.id);
    const d = await current(duplicate.claimant!.id);
    expect(await mergeClaimants(mergeInput(s, d), as(reviewer))).toMatchObject({ ok: false, status: 403 });
    expect(await mergeClaimants(mergeInput(s, s), as(moderator))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { duplicateId: [expect.any(String)] },
    });
    // Someone merged a third claimant into the survivor since the form was opened: its version moved on.
    const third = await claimNamed("Lena M. Ostby");
    expect((await mergeClaimants(mergeInput(s, await current(third.claimant!.id)), as(moderator))).ok).toBe(true);
    expect(await mergeClaimants(mergeInput(s, d), as(moderator))).toMatchObject({
      ok: false,
      status: 409,
      current: { name: "Lena Ostby", version: 2 },
    });
    expect(await t.db.claimant.findUnique({ where: { id: d.id } })).not.toBeNull();
    // The duplicate merged away by someone else: 404, nothing changed.
    expect((await mergeClaimants(mergeInput(await current(s.id), d), as(moderator))).ok).toBe(true);
    expect(await mergeClaimants(mergeInput(await current(s.id), d), as(moderator))).toMatchObject({ ok: false, status: 404 });
  });

  it("two opposite merges at once: one wins, the other is refused, no deadlock", async () => {
    const a = await claimNamed("Per Aune");
    const b = await claimNamed("P. Aune");
    const [ca, cb] = [await current(a.claimant!.id), await current(b.claimant!.id)];
    const results = await Promise.all([
      mergeClaimants(mergeInput(ca, cb), as(moderator)),
      mergeClaimants(mergeInput(cb, ca), as(moderator)),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      status: expect.toSatisfy((status: number) => status === 404 || status === 409),
    });
    expect(await t.db.claimant.count({ where: { id: { in: [ca.id, cb.id] } } })).toBe(1);
  });

  it("a claim naming the duplicate while it is merged away goes to the survivor, not to a foreign-key error", async () => {
    const survivor = await claimNamed("Ola Rygg");
    const duplicate = await claimNamed("O. Rygg");
    await publish(duplicate.id);
    const verdict = await t.db.verdict.findFirstOrThrow({ where: { claimId: duplicate.id }, select: { id: true } });
    // Hold the verdict row, so the merge stops after locking both claimants…
    const held = await holdRowLocks(t.url, `SELECT id FROM "Verdict" WHERE id = $1 FOR UPDATE`, [verdict.id]);
    const merge = tracked(
      mergeClaimants(mergeInput(await current(survivor.claimant!.id), await current(duplicate.claimant!.id)), as(moderator)),
    );
    await waitForLockWaits(t.db, 1, merge.settled);
    // … while a reviewer writes a claim naming the duplicate: it waits for the merge.
    const claim = tracked(claimNamed("O. Rygg"));
    await waitForLockWaits(t.db, 2, claim.settled);
    await held.release();
    expect(await merge.result).toMatchObject({ ok: true });
    expect((await claim.result).claimant!.id).toBe(survivor.claimant!.id);
  });
});
