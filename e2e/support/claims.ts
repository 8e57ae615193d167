import { createHash, randomBytes, randomUUID } from "node:crypto";
import { query } from "./db";

/**
 * A claim of a test's own, in SQL (tests run in parallel on one database): its own claimant,
 * publisher and article with an appearance, so that queue filters find exactly this claim.
 */
export async function insertClaim(label: string, options: { checkworthiness?: number; status?: string } = {}) {
  const suffix = randomBytes(4).toString("hex");
  const ids = { claim: randomUUID(), claimant: randomUUID(), source: randomUUID(), article: randomUUID(), appearance: randomUUID() };
  const claim = {
    ...ids,
    suffix,
    text: `E2E ${label} ${suffix}: bus fares rose by a third in 2026.`,
    claimantName: `E2E Claimant ${suffix}`,
    publisherName: `E2E Gazette ${suffix}`,
    publisherDomain: `e2e-gazette-${suffix}.example`,
    articleTitle: `E2E article ${suffix}: fares and budgets`,
    quote: `bus fares rose by a third in 2026 (${suffix})`,
  };
  const articleText = `The mayor said on Monday that ${claim.quote}, and promised a review of the budget.`;
  const start = articleText.indexOf(claim.quote);
  await query(`INSERT INTO "Claimant" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [
    ids.claimant,
    claim.claimantName,
    `e2e-${suffix}`,
  ]);
  await query(`INSERT INTO "Source" (id, domain, name, kind, "updatedAt") VALUES ($1, $2, $3, 'NEWS', now())`, [
    ids.source,
    claim.publisherDomain,
    claim.publisherName,
  ]);
  await query(
    `INSERT INTO "Article" (id, url, title, "publisherId", text, "contentHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [
      ids.article,
      `https://${claim.publisherDomain}/fares`,
      claim.articleTitle,
      ids.source,
      articleText,
      createHash("sha256").update(articleText).digest("hex"),
    ],
  );
  await query(`INSERT INTO "Claim" (id, text, "claimantId", status, checkworthiness, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    ids.claim,
    claim.text,
    ids.claimant,
    options.status ?? "NEW",
    options.checkworthiness ?? 0.9,
  ]);
  await query(
    `INSERT INTO "Appearance" (id, "claimId", "articleId", exact, prefix, suffix, start, "end", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [
      ids.appearance,
      ids.claim,
      ids.article,
      claim.quote,
      articleText.slice(0, start),
      articleText.slice(start + claim.quote.length),
      start,
      start + claim.quote.length,
    ],
  );
  return claim;
}

/** A source of a test's own with a registry status (e2e-… domains). */
export async function insertSource(status: "ACTIVE" | "WATCH" | "BLOCKED", reliabilityNote: string) {
  const suffix = randomBytes(4).toString("hex");
  const source = {
    id: randomUUID(),
    domain: `e2e-${status.toLowerCase()}-${suffix}.example`,
    name: `E2E ${status.toLowerCase()} source ${suffix}`,
  };
  await query(`INSERT INTO "Source" (id, domain, name, status, "reliabilityNote", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    source.id,
    source.domain,
    source.name,
    status,
    reliabilityNote,
  ]);
  return source;
}
