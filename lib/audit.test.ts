import { describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { changedFields, recordAudit, REDACTED } from "./audit";

const t = useFreshDatabase();

async function oneEvent() {
  await t.db.$transaction((tx) =>
    recordAudit(tx, { actorId: null, action: "test.write", entityType: "Test", entityId: "1", after: { value: 1 } }),
  );
  return t.db.auditEvent.findFirstOrThrow({ where: { action: "test.write" }, orderBy: { id: "desc" } });
}

describe("audit log", () => {
  it("refuses UPDATE on recorded events at the database level", async () => {
    const event = await oneEvent();
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${event.id}`)).rejects.toThrow(
      /append-only|not allowed|audit/i,
    );
    await expect(t.db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();
    expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.write");
  });

  it("refuses DELETE and TRUNCATE", async () => {
    const event = await oneEvent();
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${event.id}`)).rejects.toThrow();
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow();
    expect(await t.db.auditEvent.count({ where: { id: event.id } })).toBe(1);
  });

  it("never writes secrets or contact details", async () => {
    await t.db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "test.secret",
        entityType: "Test",
        entityId: "2",
        before: { passwordHash: "$argon2id$abc", name: "A" },
        after: { passwordHash: "$argon2id$def", name: "B", nested: { contactEmail: "someone@example.org", token: "t0k" } },
      }),
    );
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "test.secret" } });
    const stored = JSON.stringify([event.before, event.after]);
    expect(stored).not.toMatch(/argon2|someone@example\.org|t0k/);
    expect(event.after).toEqual({ passwordHash: REDACTED, name: "B", nested: { contactEmail: REDACTED, token: REDACTED } });
  });

  it("records only the fields that changed", () => {
    expect(changedFields({ name: "A", role: "REVIEWER" }, { name: "B", role: "REVIEWER" })).toEqual({
      before: { name: "A" },
      after: { name: "B" },
    });
  });
});
