import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { runMutation, type MutationDeps } from "./mutation";
import type { CurrentUser } from "./session";

const t = useFreshDatabase();
const { actingAs, makeStaff, refreshed } = t;
let reviewer: CurrentUser;
let admin: CurrentUser;

beforeAll(async () => {
  reviewer = await makeStaff("REVIEWER", { email: "rev@example.test" });
  admin = await makeStaff("ADMIN", { email: "adm@example.test" });
});

const renameTopic = (input: unknown, deps: MutationDeps, fail = false) =>
  runMutation(
    {
      action: "ratings.manage",
      schema: z.object({ id: z.string().min(1), name: z.string().trim().min(2, "Too short.") }),
      input,
      async change(tx, data) {
        const before = await tx.topic.findUniqueOrThrow({ where: { id: data.id } });
        const after = await tx.topic.update({ where: { id: data.id }, data: { name: data.name } });
        if (fail) throw new Error("boom after the write");
        return {
          result: after,
          audit: {
            action: "topic.rename",
            entityType: "Topic",
            entityId: data.id,
            before: { name: before.name },
            after: { name: after.name },
          },
          refresh: ["topics"],
        };
      },
    },
    deps,
  );

describe("the write path", () => {
  it("commits the change, its audit event and refreshes public pages", async () => {
    const topic = await t.db.topic.create({ data: { name: "Energy", slug: "energy-ok" } });
    const result = await renameTopic({ id: topic.id, name: "Energy policy" }, actingAs(admin));
    expect(result.ok).toBe(true);
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Energy policy");
    const events = await t.db.auditEvent.findMany({ where: { entityId: topic.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      action: "topic.rename",
      before: { name: "Energy" },
      after: { name: "Energy policy" },
    });
    expect(refreshed.at(-1)).toEqual(["topics"]);
  });

  it("leaves neither the change nor its audit event when the change throws", async () => {
    const topic = await t.db.topic.create({ data: { name: "Health", slug: "health-fail" } });
    const refreshes = refreshed.length;
    await expect(renameTopic({ id: topic.id, name: "Health care" }, actingAs(admin), true)).rejects.toThrow("boom");
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Health");
    expect(await t.db.auditEvent.count({ where: { entityId: topic.id } })).toBe(0);
    expect(refreshed.length).toBe(refreshes);
  });

  it("refuses the signed-out (401) and roles without the permission (403), writing nothing", async () => {
    const topic = await t.db.topic.create({ data: { name: "Crime", slug: "crime-denied" } });
    const anonymous = await renameTopic({ id: topic.id, name: "Crime rates" }, actingAs(null));
    const wrongRole = await renameTopic({ id: topic.id, name: "Crime rates" }, actingAs(reviewer));
    expect(anonymous).toMatchObject({ ok: false, status: 401 });
    expect(wrongRole).toMatchObject({ ok: false, status: 403, message: "Your role cannot edit the rating scale." });
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Crime");
    expect(await t.db.auditEvent.count({ where: { entityId: topic.id } })).toBe(0);
  });

  it("rejects invalid input with a message per field", async () => {
    const result = await renameTopic({ id: "", name: "x" }, actingAs(admin));
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ id: [expect.any(String)], name: ["Too short."] });
  });

  it("gives one message per field: the first check that failed, not every later one too", async () => {
    const result = await runMutation(
      {
        action: "ratings.manage",
        schema: z.object({
          url: z
            .string()
            .trim()
            .min(1, "Enter the web address of the evidence.")
            .refine((value) => value.startsWith("https://"), "Enter a full web address starting with https://."),
        }),
        input: { url: " " },
        async change() {
          throw new Error("not reached");
        },
      },
      actingAs(admin),
    );
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { url: ["Enter the web address of the evidence."] } });
  });
});
