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
    // Frees 3 on the truth scale (every value 1–5 is taken by the default scale).
    await t.db.rating.update({ where: { key: "half-true" }, data: { ordinal: null } });
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
    // The default scale back for the tests below.
    await t.db.rating.update({ where: { id: rating.id }, data: { ordinal: null } });
    await t.db.rating.update({ where: { key: "half-true" }, data: { ordinal: 3 } });
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

  it("keeps the truth scale a scale: a value used twice or out of order is refused with a message on the field", async () => {
    // Default scale: True 5 (position 1), Mostly true 4 (2), Half true 3 (3), Mostly false 2 (4), False 1 (5).
    const scale = await t.db.rating.findMany({ where: { ordinal: { not: null } }, select: { key: true, ordinal: true, position: true } });
    const halfTrue = await t.db.rating.findUniqueOrThrow({ where: { key: "half-true" } });
    const edit = {
      id: halfTrue.id,
      version: halfTrue.version,
      label: halfTrue.label,
      description: halfTrue.description,
      color: halfTrue.color,
      position: String(halfTrue.position),
    };

    const twice = await updateRating({ ...edit, ordinal: "4" }, actingAs(admin));
    expect(twice).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        ordinal: [
          "“Mostly true” already has 4 on the truth scale; each value is used once. Change that rating first, or choose another value.",
        ],
      },
    });
    const added = await createRating(fields({ ordinal: "2", position: "9" }), actingAs(admin));
    expect(added).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { ordinal: [expect.stringContaining("“Mostly false” already has 2")] },
    });

    // With 4 free, "Half true" may take it only between "True" (5) and "Mostly false" (2) in the list.
    await t.db.rating.update({ where: { key: "mostly-true" }, data: { ordinal: null } });
    const aboveTrue = await updateRating({ ...edit, ordinal: "4", position: "0" }, actingAs(admin));
    expect(aboveTrue).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        ordinal: [
          expect.stringMatching(/^Out of order: .*“True” \(position 1\) has 5, so at position 0 this rating needs a value above 5/),
        ],
      },
    });
    const belowFalse = await updateRating({ ...edit, ordinal: "4", position: "6" }, actingAs(admin));
    expect(belowFalse).toMatchObject({
      ok: false,
      fieldErrors: {
        ordinal: [expect.stringContaining("“Mostly false” (position 4) has 2, so at position 6 this rating needs a value below 2")],
      },
    });
    expect(await t.db.rating.findUniqueOrThrow({ where: { id: halfTrue.id } })).toMatchObject({ ordinal: 3, version: halfTrue.version });
    // In order it saves.
    expect(await updateRating({ ...edit, ordinal: "4", position: "2" }, actingAs(admin))).toMatchObject({ ok: true });

    for (const { key, ordinal, position } of scale) await t.db.rating.update({ where: { key }, data: { ordinal, position } });
  });

  it("refuses to restore a retired rating whose value another rating now has", async () => {
    const rating = await makeRating({ ordinal: "", position: "20" });
    await t.db.rating.update({ where: { id: rating.id }, data: { retiredAt: new Date(), ordinal: 1 } });
    const restored = await setRatingRetired({ id: rating.id, version: rating.version, retire: "false" }, actingAs(admin));
    expect(restored).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringContaining("“False” already has 1 on the truth scale"),
    });
    expect((await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).retiredAt).not.toBeNull();
  });

  it("changes what published verdicts show (label, value) only with a public note, recorded as a dated methodology change", async () => {
    const rating = await makeRating({ ordinal: "", position: "30" });
    await verdictWith(rating.id, "PUBLISHED");
    const edit = {
      id: rating.id,
      version: rating.version,
      label: "Renamed",
      description: rating.description,
      color: rating.color,
      ordinal: "",
      position: "30",
    };

    const silent = await updateRating(edit, actingAs(admin));
    expect(silent).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { methodologyNote: [expect.stringContaining("1 published verdict shows this rating")] },
    });
    expect(await updateRating({ ...edit, methodologyNote: "too short" }, actingAs(admin))).toMatchObject({
      ok: false,
      fieldErrors: { methodologyNote: [expect.any(String)] },
    });
    expect(await t.db.rating.findUniqueOrThrow({ where: { id: rating.id } })).toMatchObject({ label: rating.label });
    expect(await t.db.methodologyChange.count({ where: { ratingId: rating.id } })).toBe(0);

    // A description or colour change needs no note.
    const recoloured = await updateRating({ ...edit, label: rating.label, color: "#1e40af" }, actingAs(admin));
    expect(recoloured).toMatchObject({ ok: true });

    const note = "We renamed the rating so that readers can tell it apart from satire.";
    const saved = await updateRating({ ...edit, version: rating.version + 1, methodologyNote: `  ${note} ` }, actingAs(admin));
    expect(saved).toMatchObject({ ok: true });
    const change = await t.db.methodologyChange.findFirstOrThrow({ where: { ratingId: rating.id } });
    expect(change).toMatchObject({ note, before: { label: rating.label, ordinal: null }, after: { label: "Renamed", ordinal: null } });
    expect(change.changedAt).toBeInstanceOf(Date);
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "rating.update", entityId: rating.id },
      orderBy: { createdAt: "desc" },
    });
    expect(event.after).toMatchObject({ label: "Renamed", methodologyNote: note });

    // A rating no published verdict carries changes without a note.
    const unused = await makeRating({ ordinal: "", position: "31" });
    expect(
      await updateRating(
        {
          id: unused.id,
          version: unused.version,
          label: "Unused renamed",
          description: unused.description,
          color: unused.color,
          ordinal: "",
          position: "31",
        },
        actingAs(admin),
      ),
    ).toMatchObject({ ok: true });
    expect(await t.db.methodologyChange.count({ where: { ratingId: unused.id } })).toBe(0);
  });
});
