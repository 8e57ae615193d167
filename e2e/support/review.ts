import { randomBytes, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { signIn } from "./auth";
import { query } from "./db";

/**
 * A claim of a test's own, in review, with evidence (inserted in SQL, like the rest of the test
 * data). Its text starts with "E2E" and ends with a random tag, so parallel runs never share one.
 */
export async function insertClaimWithEvidence(label: string, addedById: string) {
  const tag = randomBytes(3).toString("hex");
  const claim = { id: randomUUID(), text: `E2E ${label} ${tag}: the harbour tunnel cost 2 billion crowns` };
  await query(`INSERT INTO "Claim" (id, text, status, "updatedAt") VALUES ($1, $2, 'IN_REVIEW', now())`, [claim.id, claim.text]);
  const evidence = [
    {
      title: `Tunnel audit report ${tag}`,
      url: `https://audit.example/tunnel-${tag}`,
      stance: "REFUTES",
      excerpt: "Total cost: 1.4 billion crowns.",
    },
    {
      title: `Council budget ${tag}`,
      url: `https://council.example/budget-${tag}`,
      stance: "CONTEXT",
      excerpt: "The budget lists 1.4 billion.",
    },
  ];
  for (const [position, item] of evidence.entries()) {
    await query(
      `INSERT INTO "Evidence" (id, "claimId", url, title, excerpt, stance, position, "addedById", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [randomUUID(), claim.id, item.url, item.title, item.excerpt, item.stance, position, addedById],
    );
  }
  return { ...claim, evidence, tag };
}

/** A draft verdict on a claim, written by `authorId` (slug e2e-…). */
export async function insertDraftVerdict(claimId: string, authorId: string, tag: string) {
  const id = randomUUID();
  await query(`INSERT INTO "Verdict" (id, "claimId", slug, "authorId", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    id,
    claimId,
    `e2e-draft-${tag}`,
    authorId,
  ]);
  return id;
}

/**
 * A claim of a test's own with evidence (insertClaimWithEvidence) and a complete verdict awaiting
 * approval, written by `authorId` (slug e2e-<label>-…). Once published it reads like any other
 * verdict (rating, conclusion, evidence): tests that open the newest verdict may meet it.
 */
export async function insertVerdictAwaitingApproval(label: string, authorId: string) {
  const claim = await insertClaimWithEvidence(label, authorId);
  const verdict = { id: randomUUID(), slug: `e2e-${label.replace(/\W+/g, "-")}-${claim.tag}` };
  await query(
    `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, rationale, status, "authorId", "editorIds", "updatedAt")
     VALUES ($1, $2, $3, (SELECT id FROM "Rating" WHERE key = 'false'), 'The audit puts the cost at 1.4 billion crowns.',
             'The audit office checked the accounts.', 'AWAITING_APPROVAL', $4, ARRAY[$4], now())`,
    [verdict.id, claim.id, verdict.slug, authorId],
  );
  return { claim, verdict, verdictPath: `/verdicts/${verdict.slug}`, editorPath: `/workspace/claims/${claim.id}/verdict` };
}

/**
 * A signed-in browser context of its own (separate cookies) for one person, on `path` (of the
 * run's app server, or of the one at `baseURL`).
 */
export async function signedInPage(
  browser: Browser,
  person: { email: string; password: string },
  path: string,
  baseURL?: string,
): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, person.email, person.password, path);
  return page;
}

/** Approve and publish (a verdict or a correction) as a person does: the button, then the confirmation dialog. */
export async function approveAndPublish(page: Page, what: "verdict" | "correction" | "update") {
  await page.getByRole("button", { name: `Approve and publish ${what}` }).click();
  await page
    .getByRole("dialog", { name: `Publish this ${what} now?` })
    .getByRole("button", { name: `Yes, publish the ${what}` })
    .click();
}
