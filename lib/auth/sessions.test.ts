import { describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { endOwnSession } from "@/lib/users/mutations";
import { endSession, listSessions, startSession } from "./sessions";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

describe("sessions as rows (issue 16, item 13)", () => {
  it("starts one row per sign-in, lists the running ones newest first, and clears expired ones", async () => {
    const user = await makeStaff("REVIEWER");
    const expired = await t.db.session.create({ data: { userId: user.id, sessionToken: "old", expires: new Date(Date.now() - 1000) } });
    const first = await startSession(t.db, user.id, "Laptop browser");
    const second = await startSession(t.db, user.id, null);
    expect((await listSessions(t.db, user.id)).map((session) => [session.id, session.userAgent])).toEqual([
      [second, null],
      [first, "Laptop browser"],
    ]);
    expect(await t.db.session.findUnique({ where: { id: expired.id } })).toBeNull();
    await endSession(t.db, first);
    expect((await listSessions(t.db, user.id)).map((session) => session.id)).toEqual([second]);
  });

  it("lets staff end their own other sessions only, audited", async () => {
    const owner = await makeStaff("REVIEWER");
    const other = await makeStaff("REVIEWER");
    const session = await startSession(t.db, owner.id, "Library computer");
    expect(await endOwnSession({ sessionId: session }, actingAs(other))).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.session.findUnique({ where: { id: session } })).not.toBeNull();
    expect(await endOwnSession({ sessionId: session }, actingAs(owner))).toMatchObject({ ok: true });
    expect(await t.db.session.findUnique({ where: { id: session } })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "user.end_session", actorId: owner.id } })).toBe(1);
  });
});
