import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { runMutation, type MutationDeps } from "./mutation";
import type { CurrentUser } from "./session";

const t = useFreshDatabase();
const refreshed: string[][] = [];
let reviewer: CurrentUser;
let admin: CurrentUser;

function as(user: CurrentUser | null): MutationDeps {
  return { db: t.db, currentUser: async () => user, refresh: (tags) => void refreshed.push([...tags]) };
}

async function makeUser(email: string, role: Role): Promise<CurrentUser> {
  return t.db.user.create({ data: { email, name: email.split("@")[0]!, role }, select: { id: true, name: true, email: true, role: true } });
}

beforeAll(async () => {
  reviewer = await makeUser("rev@example.test", "REVIEWER");
  admin = await makeUser("adm@example.test", "ADMIN");
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
          audit: { action: "topic.rename", entityType: "Topic", entityId: data.id, before: { name: before.name }, after: { name: after.name } },
          refresh: ["topics"],
        };
      },
    },
    deps,
  );

describe("the write path", () => {
  it("commits the change, its audit event and refreshes public pages", async () => {
    const topic = await t.db.topic.create({ data: { name: "Energy", slug: "energy-ok" } });
    const result = await renameTopic({ id: topic.id, name: "Energy policy" }, as(admin));
    expect(result.ok).toBe(true);
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Energy policy");
    const events = await t.db.auditEvent.findMany({ where: { entityId: topic.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, action: "topic.rename", before: { name: "Energy" }, after: { name: "Energy policy" } });
    expect(refreshed.at(-1)).toEqual(["topics"]);
  });

  it("leaves neither the change nor its audit event when the change throws", async () => {
    const topic = await t.db.topic.create({ data: { name: "Health", slug: "health-fail" } });
    const refreshes = refreshed.length;
    await expect(renameTopic({ id: topic.id, name: "Health care" }, as(admin), true)).rejects.toThrow("boom");
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Health");
    expect(await t.db.auditEvent.count({ where: { entityId: topic.id } })).toBe(0);
    expect(refreshed.length).toBe(refreshes);
  });

  it("refuses the signed-out (401) and roles without the permission (403), writing nothing", async () => {
    const topic = await t.db.topic.create({ data: { name: "Crime", slug: "crime-denied" } });
    const anonymous = await renameTopic({ id: topic.id, name: "Crime rates" }, as(null));
    const wrongRole = await renameTopic({ id: topic.id, name: "Crime rates" }, as(reviewer));
    expect(anonymous).toMatchObject({ ok: false, status: 401 });
    expect(wrongRole).toMatchObject({ ok: false, status: 403, message: "Your role cannot edit the rating scale." });
    expect((await t.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Crime");
    expect(await t.db.auditEvent.count({ where: { entityId: topic.id } })).toBe(0);
  });

  it("rejects invalid input with a message per field", async () => {
    const result = await renameTopic({ id: "", name: "x" }, as(admin));
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ id: [expect.any(String)], name: ["Too short."] });
  });
});
