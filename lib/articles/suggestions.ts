import "server-only";
import { z } from "zod";
import { suggestClaims, type SuggestedClaim } from "@/lib/claims/suggest";
import { MutationRefused, runMutation, type MutationDeps } from "@/lib/mutation";

export type StoredSuggestion = Omit<SuggestedClaim, "sentence"> & { id: string; rank: number };
export type OpenSuggestion = SuggestedClaim & {
  suggestionId?: string;
  /** Its number in the reader, fixed when it was proposed: deciding on others never changes it. */
  number: number;
};

/**
 * The claims proposed for an article in the reader view, best first: its stored open suggestions
 * (lib/articles/stored-suggestions.ts, stored when its text was saved; for an article saved before
 * suggestions were stored, `stored` is null and the suggester runs now), less those a reviewer
 * rejected (matched by text, so a re-fetch that moves them keeps them rejected) and those over
 * text that already holds a claim. Each keeps the number it was proposed with (its place in the
 * suggester's order), so accepting or rejecting one never renumbers the others.
 */
export function openSuggestions(
  text: string,
  taken: { rejections: { text: string }[]; appearances: { start: number; end: number; anchorStatus: string }[] },
  stored: StoredSuggestion[] | null = null,
): OpenSuggestion[] {
  const rejected = new Set(taken.rejections.map((rejection) => rejection.text));
  const claimed = taken.appearances.filter((appearance) => appearance.anchorStatus === "ANCHORED");
  const proposed: OpenSuggestion[] = stored
    ? stored
        .map(({ id, rank, ...suggestion }) => ({
          ...suggestion,
          suggestionId: id,
          number: rank + 1,
          sentence: text.slice(suggestion.sentenceStart, suggestion.sentenceEnd),
        }))
        .sort((a, b) => a.number - b.number)
    : suggestClaims(text).map((suggestion, index) => ({ ...suggestion, number: index + 1 }));
  return proposed.filter(
    (suggestion) =>
      !rejected.has(suggestion.text) &&
      !claimed.some((appearance) => suggestion.start < appearance.end && appearance.start < suggestion.end),
  );
}

export const rejectSuggestionSchema = z.object({
  articleId: z.string().trim().min(1),
  text: z.string().trim().min(1).max(5000),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
});

/** Rejects a suggested claim: it is not proposed for this article again (its stored suggestion is dismissed). */
export function rejectSuggestion(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: rejectSuggestionSchema,
      input,
      async change(tx, data, actor) {
        if (!(await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true } }))) {
          throw new MutationRefused(404, "That article no longer exists.");
        }
        const rejection = await tx.rejectedSuggestion.upsert({
          where: { articleId_start_end: { articleId: data.articleId, start: data.start, end: data.end } },
          create: { articleId: data.articleId, text: data.text, start: data.start, end: data.end, rejectedById: actor.id },
          update: { text: data.text },
        });
        await tx.suggestion.updateMany({
          where: { articleId: data.articleId, start: data.start, end: data.end, state: "OPEN" },
          data: { state: "DISMISSED", decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
        });
        return {
          result: { id: rejection.id },
          audit: {
            action: "suggestion.reject",
            entityType: "Article",
            entityId: data.articleId,
            after: { text: data.text, start: data.start, end: data.end },
          },
        };
      },
    },
    deps,
  );
}
