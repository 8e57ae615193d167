import "server-only";
import { z } from "zod";
import type { AuditEntry } from "@/lib/audit";
import { anchorSpan } from "@/lib/appearances/anchoring";
import { settleSuggestionsAt } from "@/lib/articles/stored-suggestions";
import type { TextSelectors } from "@/lib/articles/selectors";
import { findOrCreateClaimant } from "@/lib/claimants/find-or-create";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";
import { refreshClaimMeanings } from "./matching/refresh";

/**
 * Making claims: from a suggestion or a selected span of an article (with its appearance), or by
 * hand (optionally quoting an article); and attaching an article as a new appearance of a claim
 * that already exists instead of creating a duplicate (lib/claims/similar.ts finds them).
 */

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const offset = z.preprocess(emptyToUndefined, z.coerce.number({ error: "Select the quote again." }).int().min(0).optional());

/** Where in an article: a span (offsets into Article.text) or a quote to look for in it. */
const articleSpan = {
  articleId: z.preprocess(emptyToUndefined, z.string().trim().min(1).optional()),
  start: offset,
  end: offset,
  quote: z.preprocess(emptyToUndefined, z.string().max(5000, "Quote at most 5,000 characters.").optional()),
};

export const createClaimSchema = z.object({
  text: z
    .string({ error: "Write the claim." })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Write the claim."))
    .pipe(z.string().min(10, "A claim needs at least 10 characters.").max(1000, "Keep the claim under 1,000 characters.")),
  claimant: z.preprocess(emptyToUndefined, z.string().trim().max(200, "Use at most 200 characters.").optional()),
  topics: z.preprocess((value) => (value === undefined ? [] : [value].flat()), z.array(z.string().trim().min(1))).default([]),
  /** The suggester's check-worthiness score when the claim came from a suggestion. */
  checkworthiness: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(1).optional()),
  ...articleSpan,
});

export const attachAppearanceSchema = z.object({
  claimId: z.string({ error: "Choose a claim." }).trim().min(1, "Choose a claim."),
  articleId: z.string({ error: "Choose an article." }).trim().min(1, "Choose an article."),
  start: offset,
  end: offset,
  quote: articleSpan.quote,
});

type Span = { articleId?: string; start?: number; end?: number; quote?: string };

/** Selectors for the span or quote in the article; refuses a span or quote that is not there. */
async function locate(tx: Prisma.TransactionClient, span: Span & { articleId: string }) {
  const article = await tx.article.findUnique({ where: { id: span.articleId }, select: { id: true, text: true, publishedAt: true } });
  if (!article) throw new MutationRefused(404, "That article no longer exists.");
  let selectors: TextSelectors;
  if (span.start !== undefined && span.end !== undefined) {
    try {
      selectors = anchorSpan(article.text, span.start, span.end);
    } catch {
      throw quoteRefused("The selected span is not in the article's text any more; reload the article and select it again.");
    }
    if (span.quote !== undefined && span.quote !== selectors.exact) {
      throw quoteRefused("The article's text changed since you selected the quote; reload the article and select it again.");
    }
  } else if (span.quote?.trim()) {
    const quote = span.quote.trim();
    const start = article.text.indexOf(quote);
    if (start === -1) throw quoteRefused("This quote is not in the article's text; copy it exactly from the article.");
    selectors = anchorSpan(article.text, start, start + quote.length);
  } else {
    throw quoteRefused("Select or paste the words of the article where the claim appears.");
  }
  return { article, selectors };
}

function quoteRefused(message: string) {
  return new MutationRefused(400, "Some fields need attention.", { fieldErrors: { quote: [message] } });
}

/**
 * The claim (and its appearance when it quotes an article) inside a transaction: what createClaim
 * does, for writes that make a claim as part of a larger change (accepting suggestions from
 * Today's claims, lib/monitoring/suggestion-decisions.ts).
 */
export async function insertClaim(
  tx: Prisma.TransactionClient,
  data: z.output<typeof createClaimSchema>,
  actor: { id: string },
): Promise<{ claimId: string; appearanceId: string | null; audit: Omit<AuditEntry, "actorId">[] }> {
  const audit: Omit<AuditEntry, "actorId">[] = [];
  const located = data.articleId ? await locate(tx, { ...data, articleId: data.articleId }) : null;
  const topics = data.topics.length ? await tx.topic.findMany({ where: { id: { in: data.topics } }, select: { id: true } }) : [];
  if (topics.length !== new Set(data.topics).size) {
    throw new MutationRefused(400, "Some fields need attention.", {
      fieldErrors: { topics: ["A chosen topic no longer exists; choose again."] },
    });
  }
  const found = data.claimant ? await findOrCreateClaimant(tx, data.claimant) : null;
  if (found?.created) audit.push(found.created);
  const claimant = found?.claimant ?? null;

  const claim = await tx.claim.create({
    data: {
      text: data.text,
      claimantId: claimant?.id ?? null,
      checkworthiness: data.checkworthiness ?? null,
      claimDate: located?.article.publishedAt ?? null,
      createdById: actor.id,
      topics: { connect: topics },
    },
  });
  await refreshClaimMeanings(tx, [claim.id]);
  audit.push({
    action: "claim.create",
    entityType: "Claim",
    entityId: claim.id,
    after: { text: claim.text, claimant: claimant?.name ?? null, checkworthiness: claim.checkworthiness, topics: data.topics },
  });

  let appearanceId: string | null = null;
  if (located) {
    const appearance = await tx.appearance.create({
      data: { claimId: claim.id, articleId: located.article.id, ...located.selectors },
    });
    appearanceId = appearance.id;
    audit.push({
      action: "appearance.create",
      entityType: "Appearance",
      entityId: appearance.id,
      after: { claimId: claim.id, articleId: located.article.id, ...located.selectors },
    });
  }
  return { claimId: claim.id, appearanceId, audit };
}

export function createClaim(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: createClaimSchema,
      input,
      async change(tx, data, actor) {
        const { audit, ...result } = await insertClaim(tx, data, actor);
        if (result.appearanceId) audit.push(...(await settleSuggestionsOf(tx, result.appearanceId, result.claimId, actor)));
        return { result, audit };
      },
    },
    deps,
  );
}

/** The open suggestions over an appearance's words are settled by it (lib/articles/stored-suggestions.ts). */
async function settleSuggestionsOf(tx: Prisma.TransactionClient, appearanceId: string, claimId: string, actor: { id: string }) {
  const appearance = await tx.appearance.findUniqueOrThrow({
    where: { id: appearanceId },
    select: { articleId: true, start: true, end: true },
  });
  return settleSuggestionsAt(tx, appearance, claimId, actor);
}

/**
 * One more appearance of a claim, inside a transaction (attachAppearance, and recording repeats
 * from Today's claims with `repeatedAt`). Refuses a quote that is already an appearance of it.
 */
export async function insertAppearance(
  tx: Prisma.TransactionClient,
  claimId: string,
  span: Span & { articleId: string },
  fields: { repeatedAt?: Date } = {},
): Promise<{ appearanceId: string; audit: Omit<AuditEntry, "actorId"> }> {
  const { article, selectors } = await locate(tx, span);
  const same = await tx.appearance.findFirst({ where: { claimId, articleId: article.id, start: selectors.start } });
  if (same) throw new MutationRefused(409, "This quote is already an appearance of that claim.");
  const appearance = await tx.appearance.create({ data: { claimId, articleId: article.id, ...selectors, ...fields } });
  return {
    appearanceId: appearance.id,
    audit: {
      action: "appearance.create",
      entityType: "Appearance",
      entityId: appearance.id,
      after: { claimId, articleId: article.id, ...selectors, ...fields },
    },
  };
}

/**
 * The article as one more place where an existing claim appears. When the claim's verdict is
 * published, it is a repeat (`repeatedAt`), listed at once under "Repeated since" on the verdict's
 * page; otherwise it is one of the appearances the next publication copies (decision 025).
 */
export function attachAppearance(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: attachAppearanceSchema,
      input,
      async change(tx, data, actor) {
        const claim = await tx.claim.findUnique({
          where: { id: data.claimId },
          // Every public verdict of the claim (a retracted one's too) lists its repeats.
          select: { id: true, verdicts: { where: { status: { in: [...PUBLIC_VERDICT_STATUSES] } }, select: { id: true, status: true } } },
        });
        if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
        const published = claim.verdicts.some((verdict) => verdict.status === "PUBLISHED");
        const { appearanceId, audit } = await insertAppearance(tx, claim.id, data, published ? { repeatedAt: new Date() } : {});
        const settled = await settleSuggestionsOf(tx, appearanceId, claim.id, actor);
        return {
          result: { claimId: claim.id, appearanceId },
          audit: [audit, ...settled],
          // Public verdict pages list the claim's repeats.
          refresh: published ? claim.verdicts.map((verdict) => publicTags.verdict(verdict.id)) : [],
        };
      },
    },
    deps,
  );
}
