import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { prisma } from "@/scripts/prisma-cli";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./database";

describe("migrations", () => {
  const name = uniqueDatabaseName("factdesk_t_empty");
  afterAll(() => dropDatabase(name));

  it("apply to an empty database and create every table, trigger and the default rating scale", async () => {
    const url = await createDatabase(name);
    prisma(["migrate", "deploy"], url); // throws with Prisma's output when a migration fails

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      expect(tables.rows.map((r) => r.tablename)).toEqual(
        expect.arrayContaining([
          "User",
          "Account",
          "Session",
          "VerificationToken",
          "Source",
          "Article",
          "Claimant",
          "Topic",
          "Claim",
          "Appearance",
          "ClaimNote",
          "Evidence",
          "Rating",
          "Verdict",
          "VerdictRevision",
          "Submission",
          "AuditEvent",
          "_prisma_migrations",
        ]),
      );
      const ratings = await client.query('SELECT key FROM "Rating" ORDER BY position');
      expect(ratings.rows.map((r) => r.key)).toEqual([
        "true",
        "mostly-true",
        "half-true",
        "mostly-false",
        "false",
        "misleading",
        "unproven",
      ]);
      const ext = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
      expect(ext.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });
});
