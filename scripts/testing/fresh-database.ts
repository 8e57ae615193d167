import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import type { MutationDeps } from "@/lib/mutation";
import type { CurrentUser } from "@/lib/session";
import { createDatabase } from "./database";

/**
 * Gives the calling test file its own migrated database (cloned from the run's template) and a
 * Prisma client on it, with the test kit for mutations on it:
 *
 *   const t = useFreshDatabase();
 *   const { actingAs, makeStaff, refreshed } = t;
 *   const reviewer = await makeStaff("REVIEWER");
 *   await editClaim(input, actingAs(reviewer));   // then t.db to look at the rows
 *
 * `refreshed` lists the public-cache tags of each refresh a mutation asked for (one array per
 * refresh); it is emptied before every test.
 */
export function useFreshDatabase() {
  let people = 0;
  const refreshed: string[][] = [];
  const state = {
    url: "",
    name: "",
    db: undefined as unknown as PrismaClient,
    refreshed,
    /** The mutation dependencies of a request by `user` (null: nobody signed in) on this database. */
    actingAs(user: CurrentUser | null): MutationDeps {
      return { db: state.db, currentUser: async () => user, refresh: (tags) => void refreshed.push([...tags]) };
    },
    /** A new, active staff member with `role`; unique email and name unless given. */
    makeStaff(role: Role, fields: { email?: string; name?: string } = {}) {
      const n = ++people;
      return state.db.user.create({
        data: { email: fields.email ?? `staff${n}-${role.toLowerCase()}@example.test`, name: fields.name ?? `Staff ${n}`, role },
        select: { id: true, name: true, email: true, role: true, version: true, sessionVersion: true },
      });
    },
  };
  beforeAll(async () => {
    state.name = `${inject("runPrefix")}_${randomBytes(4).toString("hex")}`;
    state.url = await createDatabase(state.name, inject("templateDatabase"));
    state.db = createPrismaClient(state.url);
  });
  beforeEach(() => {
    refreshed.length = 0;
  });
  afterAll(async () => {
    await state.db?.$disconnect();
  });
  return state;
}
