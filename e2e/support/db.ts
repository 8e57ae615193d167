import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * The seeded database of the app under test (DATABASE_URL, set by `npm test`), in plain SQL:
 * Playwright's loader cannot import the generated (ESM) Prisma client.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true });

export function query(text: string, params: unknown[] = []) {
  return pool.query(text, params);
}

export async function rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query(text, params)).rows as T[];
}

/**
 * A published verdict of a test's own. Its slug starts with `e2e-` (tests that compare whole
 * lists leave those out) and it was published in 2001, so it sits at the end of every list.
 */
export async function insertPublishedVerdict(verdict: {
  slug: string;
  claimText: string;
  conclusion: string;
  claimantId?: string;
  /** Defaults to the oldest user. */
  authorId?: string;
}): Promise<{ claimId: string; verdictId: string }> {
  if (!verdict.slug.startsWith("e2e-")) throw new Error(`test verdict slugs start with e2e-: ${verdict.slug}`);
  const ids = { claimId: randomUUID(), verdictId: randomUUID() };
  await query(`INSERT INTO "Claim" (id, text, "claimantId", status, "updatedAt") VALUES ($1, $2, $3, 'PUBLISHED', now())`, [
    ids.claimId,
    verdict.claimText,
    verdict.claimantId ?? null,
  ]);
  await query(
    `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, status, "authorId", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, (SELECT id FROM "Rating" WHERE key = 'false'), $4, 'PUBLISHED',
             COALESCE($5, (SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1)), '2001-01-01', now())`,
    [ids.verdictId, ids.claimId, verdict.slug, verdict.conclusion, verdict.authorId ?? null],
  );
  return ids;
}
