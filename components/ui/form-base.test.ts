import { describe, expect, it } from "vitest";
import { nextBase, startingBase } from "./form-base";

const active = { status: "ACTIVE", note: "Fine." };
const blocked = { status: "BLOCKED", note: "Fine." };
const ok = (version: number) => ({ ok: true as const, data: { version } });
const stale = (current: Record<string, unknown>) => ({
  ok: false as const,
  status: 409 as const,
  message: "Someone else saved this.",
  current,
});

describe("the version a form with uncontrolled fields saves on top of", () => {
  it("stays the one it was mounted with when another form's save refreshes the page onto values it does not show", () => {
    const base = startingBase(3, active);
    // Someone blocked the source (v4), then another form on the page saved (v5): the page shows BLOCKED, the <select> still ACTIVE.
    expect(nextBase(base, null, { version: 5, values: blocked })).toBe(base);
  });

  it("follows a refreshed page whose values of the form's fields are those it shows (another form changed other columns)", () => {
    expect(nextBase(startingBase(3, active), null, { version: 4, values: active })).toMatchObject({ version: 4, values: active });
  });

  it("moves on with its own save, learns that version's values from the refreshed page, and then follows other forms' saves", () => {
    const saved = nextBase(startingBase(3, active), ok(4), { version: 3, values: active });
    expect(saved).toMatchObject({ version: 4, values: null });
    const refreshed = nextBase(saved, saved.result, { version: 4, values: blocked });
    expect(refreshed).toMatchObject({ version: 4, values: blocked });
    expect(nextBase(refreshed, refreshed.result, { version: 6, values: blocked })).toMatchObject({ version: 6 });
    expect(nextBase(refreshed, refreshed.result, { version: 6, values: active })).toBe(refreshed);
  });

  it("after its own 409 saves on top of the current record it reported, listing the fields that changed", () => {
    const refused = stale({ status: "BLOCKED", note: null, version: 5, name: "Not a field of the form" });
    const next = nextBase(startingBase(3, active), refused, { version: 3, values: active });
    expect(next).toMatchObject({ version: 5, values: { status: "BLOCKED", note: "" }, changed: ["status", "note"] });
  });

  it("keeps its base after a refusal without a version (invalid input, a duplicate)", () => {
    const base = startingBase(3, active);
    const next = nextBase(base, { ok: false, status: 400, message: "Some fields need attention." }, { version: 3, values: active });
    expect(next).toMatchObject({ version: 3, values: active, changed: [] });
  });
});
