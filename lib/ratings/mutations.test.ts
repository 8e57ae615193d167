import { beforeEach, describe, expect, it } from "vitest";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createRating, setRatingRetired, updateRating } from "./mutations";
import { ratingKeyFromLabel } from "./schemas";

const t = useFreshDatabase();
const { actingAs, makeStaff, refreshed } = t;
let n = 0;

let admin: CurrentUser;
let moderator: CurrentUser;

const fields = (overrides: Record<string, unknown> = {}) => ({
  label: `Satire ${++n}`,
  description: "The claim comes from a piece written as satire.",
  color: "#1d4ed8",
  ordinal: "",
  position: "8",
  ...overrides,
});

async function makeRating(overrides: Record<string, unknown> = {}) {
  const result = await createRating(fields(overrides), actingAs(admin));
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return t.db.rating.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function verdictWith(ratingId: string, status: "PUBLISHED" | "DRAFT" | "AWAITING_APPROVAL") {
  const claim = await t.db.claim.create({ data: { text: `Claim ${++n}` } });
  return t.db.verdict.create({ data: { claimId: claim.id, slug: `v-${n}`, ratingId, status, authorId: admin.id } });
}

beforeEach(async () => {
  admin = await makeStaff("ADMIN");
  moderator = await makeStaff("MODERATOR");
});

describe("the rating scale", () => {
  it("derives the key from the label", () => {
    expect(ratingKeyFromLabel("  Mostly True! ")).toBe("mostly-true");
    expect(ratingKeyFromLabel("Sátira / parodie")).toBe("satira-parodie");
  });

  it("adds a rating (admins only), audited, refreshing ratings and verdicts", async () => {
    expect(await createRating(fields(), actingAs(moderator))).toMatchObject({
      ok: false,
      status: 403,
      message: "Your role cannot edit the rating scale.",
    });
    expect(await createRating(fields(), actingAs(null))).toMatchObject({ ok: false, status: 401 });
    const result = await createRating(fields({ label: "Out of context", ordinal: "", color: "#1D4ED8" }), actingAs(admin));
    expect(result).toMatchObject({ ok: true, data: { key: "out-of-context" } });
    const rating = await t.db.rating.findUniqueOrThrow({ where: { key: "out-of-context" } });
    expect(rating).toMatchObject({ ordinal: null, color: "#1d4ed8", position: 8 });
    expect(await t.db.auditEvent.findFirst({ where: { action: "rating.create", entityId: rating.id } })).toMatchObject({
      actorId: admin.id,
      after: { label: "Out of context" },
    });
    expect(refreshed.at(-1)).toEqual([publicTags.ratings, publicTags.verdicts]);
  });

  it("refuses a label whose key is taken, an ordinal off the scale and an unreadable colour", async () => {
    const taken = await createRating(fields({ label: "mostly TRUE" }), actingAs(admin));
    expect(taken).toMatchObject({ ok: false, status: 400, fieldErrors: { label: [expect.stringContaining("Mostly true")] } });
    const bad = await createRating(fields({ ordinal: "7", color: "red", position: "x" }), actingAs(admin));
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(bad.ok ? [] : Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["color", "ordinal", "position"]);
    const faint = await createRating(fields({ color: "#fef08a" }), actingAs(admin));
    expect(faint).toMatchObject({ ok: false, status: 400, fieldErrors: { color: [expect.stringContaining("too light to see")] } });
  });

  it("edits label, description, colour, ordinal and position with a versioned save", async () => {
    const rating = await makeRating();
    const edit = {
      id: rating.id,
      version: rating.version,
      label: "Satirical",
      description: "Written as a joke, taken as news.",
      color: "#a16207",
      ordinal: "3",
      position: "2",
    };
    const result = await updateRating(edit, actingAs(admin));
    expect(result).toMatchObject({ ok: true, data: { version: rating.version + 1 } });
    expect(await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).toMatchObject({
      label: "Satirical",
      key: rating.key,
      ordinal: 3,
      position: 2,
    });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "rating.update", entityId: rating.id } });
    expect(event.before).toMatchObject({ label: rating.label, ordinal: null });
    expect(event.after).toMatchObject({ label: "Satirical", ordinal: 3 });
    expect(refreshed.at(-1)).toEqual([publicTags.ratings, publicTags.verdicts]);

    const stale = await updateRating({ ...edit, label: "Stale tab" }, actingAs(admin));
    expect(stale).toMatchObject({ ok: false, status: 409, current: { label: "Satirical" } });
    expect(await updateRating({ ...edit, version: rating.version + 1 }, actingAs(moderator))).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses to retire a rating that published verdicts use, naming how many", async () => {
    const rating = await makeRating();
    await verdictWith(rating.id, "PUBLISHED");
    await verdictWith(rating.id, "PUBLISHED");
    const result = await setRatingRetired({ id: rating.id, version: rating.version, retire: "true" }, actingAs(admin));
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      message: `“${rating.label}” cannot be retired: 2 published verdicts use it. Change their rating by a correction first, or keep it.`,
    });
    expect((await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).retiredAt).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "rating.retire", entityId: rating.id } })).toBe(0);
  });

  it("retires a rating only drafts use (saying how many) and restores it", async () => {
    const rating = await makeRating();
    await verdictWith(rating.id, "DRAFT");
    const retired = await setRatingRetired({ id: rating.id, version: rating.version, retire: "true" }, actingAs(admin));
    expect(retired).toMatchObject({ ok: true, data: { retired: true, draftsUsingIt: 1 } });
    expect((await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).retiredAt).not.toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "rating.retire", entityId: rating.id, actorId: admin.id } })).toBe(1);
    const restored = await setRatingRetired({ id: rating.id, version: rating.version + 1, retire: "false" }, actingAs(admin));
    expect(restored).toMatchObject({ ok: true, data: { retired: false } });
    expect((await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).retiredAt).toBeNull();
  });

  it("refuses to retire a rating that verdicts or corrections awaiting approval use, naming how many", async () => {
    const rating = await makeRating();
    await verdictWith(rating.id, "AWAITING_APPROVAL");
    const published = await verdictWith((await makeRating()).id, "PUBLISHED");
    await t.db.verdictRevision.create({
      data: {
        verdictId: published.id,
        number: 2,
        kind: "CORRECTION",
        status: "AWAITING_APPROVAL",
        ratingId: rating.id,
        conclusion: "c",
        rationale: "r",
        authorId: admin.id,
      },
    });
    const result = await setRatingRetired({ id: rating.id, version: rating.version, retire: "true" }, actingAs(admin));
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      message: `“${rating.label}” cannot be retired: 2 verdicts or corrections awaiting approval use it. Send them back to draft first, or keep it.`,
    });
    expect((await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).retiredAt).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "rating.retire", entityId: rating.id } })).toBe(0);
  });
});
