import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestedClaim } from "@/lib/claims/suggest";

/**
 * Suggested claims are stored (Suggestion rows) when an article's text is saved, so each has a
 * stable id: the reader view, Today's claims and the repeat check all point at the same rows.
 * Saving changed text again keeps every decided suggestion (accepted, dismissed, recorded as a
 * repeat) and replaces the open ones by those of the new text; a suggestion whose text a reviewer
 * rejected before (RejectedSuggestion) comes back already dismissed.
 */

/**
 * Near-identical claims from several articles share this key ("reported by 4 outlets"): the text
 * in lower case with quote marks, punctuation and spacing folded away, hashed to keep the index small.
 */
export function suggestionGroupKey(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha256").update(folded).digest("hex").slice(0, 32);
}

/**
 * Stores `proposed`, the suggested claims of the article's text (suggestClaims of
 * lib/claims/suggest.ts), which the caller works out before its transaction opens: reading a
 * 100,000-character article takes seconds, longer than a transaction may stay open (5 s).
 */
export async function storeSuggestions(
  tx: Prisma.TransactionClient,
  articleId: string,
  proposed: SuggestedClaim[],
): Promise<{ open: number }> {
  const rejected = new Set((await tx.rejectedSuggestion.findMany({ where: { articleId }, select: { text: true } })).map((r) => r.text));
  const kept = new Set(proposed.map((s) => `${s.start}:${s.end}`));
  const stale = await tx.suggestion.findMany({ where: { articleId, state: "OPEN" }, select: { id: true, start: true, end: true } });
  const gone = stale.filter((s) => !kept.has(`${s.start}:${s.end}`)).map((s) => s.id);
  if (gone.length) await tx.suggestion.deleteMany({ where: { id: { in: gone } } });

  const rows = proposed.map((suggestion, rank) => ({
    articleId,
    rank,
    start: suggestion.start,
    end: suggestion.end,
    text: suggestion.text,
    claimant: suggestion.claimant,
    score: suggestion.score,
    sentenceStart: suggestion.sentenceStart,
    sentenceEnd: suggestion.sentenceEnd,
    groupKey: suggestionGroupKey(suggestion.text),
    state: rejected.has(suggestion.text) ? ("DISMISSED" as const) : ("OPEN" as const),
  }));
  // A new article (nothing stored yet): one insert.
  if (stale.length === 0 && (await tx.suggestion.count({ where: { articleId } })) === 0) {
    await tx.suggestion.createMany({ data: rows, skipDuplicates: true });
    return { open: rows.filter((row) => row.state === "OPEN").length };
  }
  for (const [rank, suggestion] of proposed.entries()) {
    const fields = {
      rank,
      text: suggestion.text,
      claimant: suggestion.claimant,
      score: suggestion.score,
      sentenceStart: suggestion.sentenceStart,
      sentenceEnd: suggestion.sentenceEnd,
      groupKey: suggestionGroupKey(suggestion.text),
    };
    await tx.suggestion.upsert({
      where: { articleId_start_end: { articleId, start: suggestion.start, end: suggestion.end } },
      create: {
        articleId,
        start: suggestion.start,
        end: suggestion.end,
        ...fields,
        state: rejected.has(suggestion.text) ? "DISMISSED" : "OPEN",
      },
      // A decided suggestion keeps its state and number; an open one takes the new text's wording,
      // score and place (and must be checked for repeats again).
      update: { ...fields, repeatCheckedAt: null },
    });
  }
  return { open: proposed.filter((s) => !rejected.has(s.text)).length };
}

/**
 * A claim quoted in an article by hand (the reader's "make a claim" or "attach to a claim on
 * file") settles the open suggestions over the same words: they become ACCEPTED into that claim,
 * so Today's claims does not offer them again. Returns their audit entries.
 */
export async function settleSuggestionsAt(
  tx: Prisma.TransactionClient,
  span: { articleId: string; start: number; end: number },
  claimId: string,
  actor: { id: string },
): Promise<{ action: string; entityType: string; entityId: string; before: { state: string }; after: Record<string, unknown> }[]> {
  const open = await tx.suggestion.findMany({
    where: { articleId: span.articleId, state: "OPEN", start: { lt: span.end }, end: { gt: span.start } },
    select: { id: true, text: true },
  });
  if (open.length === 0) return [];
  await tx.suggestion.updateMany({
    where: { id: { in: open.map((row) => row.id) }, state: "OPEN" },
    data: { state: "ACCEPTED", claimId, decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
  });
  return open.map((row) => ({
    action: "suggestion.accept",
    entityType: "Suggestion",
    entityId: row.id,
    before: { state: "OPEN" },
    after: { state: "ACCEPTED", claimId, articleId: span.articleId, text: row.text },
  }));
}
