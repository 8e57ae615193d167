/**
 * Checked claims and queries in the CheckThat! claim-retrieval format, and a scratch database that
 * holds them indexed the way the app indexes claims: shared by `claims:match` and `eval:matching`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedDb } from "../db/embedded";
import { prisma } from "../prisma-cli";

export type CheckedClaim = { id: string; claim: string; title: string };
export type MatchQuery = { id: string; text: string };

/**
 * Tab-separated with a header line; fields may be double-quoted CSV style (a quoted field can hold
 * tabs and line breaks, "" is a quote), while a quote inside an unquoted field is plain text.
 */
export function readTable(file: string, columns: number): string[][] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error)}`);
  }
  let rows: string[][];
  try {
    // Rows may have fewer columns than the header (checked below, with a clearer message).
    rows = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: "\t",
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (rows.length === 0) throw new Error(`${file}: empty (a header line is expected)`);
  const body = rows.slice(1);
  body.forEach((row, i) => {
    if (row.length < columns) throw new Error(`${file}: row ${i + 2} has ${row.length} column(s), expected ${columns}`);
    if (!row[0]!.trim()) throw new Error(`${file}: row ${i + 2} has no id`);
  });
  return body;
}

export const readCheckedClaims = (file: string): CheckedClaim[] =>
  readTable(file, 2).map((row) => ({ id: row[0]!.trim(), claim: row[1]!, title: row[2] ?? "" }));

export const readQueries = (file: string): MatchQuery[] => readTable(file, 2).map((row) => ({ id: row[0]!.trim(), text: row[1]! }));

/**
 * Runs `work` on a new, migrated database that is dropped afterwards: on DATABASE_URL's server when
 * set, else on the embedded PostgreSQL (its own cluster, "claims-match", beside the app's).
 */
export async function withScratchDatabase<T>(
  work: (client: PrismaClient) => Promise<T>,
  log: (message: string) => void = () => {},
): Promise<T> {
  const name = `factdesk_match_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let adminUrl: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const embedded = await startEmbeddedDb({ name: "claims-match", database: "postgres", port: 54339, log });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    client.on("error", () => {});
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let client: PrismaClient | undefined;
  try {
    await admin(`CREATE DATABASE "${name}"`);
    prisma(["migrate", "deploy"], url.toString());
    client = createPrismaClient(url.toString());
    return await work(client);
  } finally {
    await client?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await stopEmbedded?.();
  }
}

const BATCH = 2000;

/**
 * Stores checked claims as the app stores claims (the Claim row, whose trigger writes its search
 * vector; refreshClaimMeanings for its meaning vector) with the headline as its verdict's
 * conclusion, the matcher's second field; then ANALYZE, as autovacuum would, for the word
 * frequencies the matcher weighs words by.
 */
export async function indexCheckedClaims(client: PrismaClient, claims: CheckedClaim[]): Promise<void> {
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new Error(`checked claim id ${claim.id} appears twice`);
    seen.add(claim.id);
  }
  const author = await client.user.create({
    data: { email: `claims-match-${randomBytes(4).toString("hex")}@factdesk.invalid`, name: "Checked claims import", role: "REVIEWER" },
  });
  for (let start = 0; start < claims.length; start += BATCH) {
    const batch = claims.slice(start, start + BATCH);
    await client.claim.createMany({ data: batch.map((claim) => ({ id: claim.id, text: claim.claim, status: "PUBLISHED" })) });
    const titled = batch.filter((claim) => claim.title.trim());
    await client.verdict.createMany({
      data: titled.map((claim) => ({ claimId: claim.id, slug: `checked-${claim.id}`, conclusion: claim.title, authorId: author.id })),
    });
    await refreshClaimMeanings(
      client,
      batch.map((claim) => claim.id),
    );
  }
  await client.$executeRawUnsafe(`ANALYZE "Claim"`);
}
