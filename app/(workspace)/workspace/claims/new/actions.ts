"use server";

import { redirect } from "next/navigation";
import { attachAppearance, createClaim } from "@/lib/claims/create";
import { findSimilarClaims, type SimilarClaim } from "@/lib/claims/similar";
import type { MutationResult } from "@/lib/mutation";
import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";

type Created = MutationResult<{ claimId: string; appearanceId: string | null }>;

/** Where to go after saving: back to the article (its reader view), or the hand-written form. */
function back(form: FormData, claimId: string, attached: boolean): never {
  const articleId = form.get("articleId");
  const returnTo = form.get("returnTo");
  const query = new URLSearchParams({ [attached ? "attached" : "created"]: claimId });
  if (returnTo === "article" && typeof articleId === "string" && articleId)
    redirect(`/workspace/articles/${articleId}?${query}#claim-made`);
  redirect(`/workspace/claims/new?${query}`);
}

export async function createClaimAction(_previous: Created | null, form: FormData): Promise<Created> {
  const result = await createClaim({
    text: form.get("text"),
    claimant: form.get("claimant"),
    topics: form.getAll("topics"),
    checkworthiness: form.get("checkworthiness"),
    articleId: form.get("articleId"),
    start: form.get("start"),
    end: form.get("end"),
    quote: form.get("quote"),
  });
  if (result.ok) back(form, result.data.claimId, false);
  return result;
}

export async function attachAppearanceAction(_previous: Created | null, form: FormData): Promise<Created> {
  const result = await attachAppearance({
    claimId: form.get("claimId"),
    articleId: form.get("articleId"),
    start: form.get("start"),
    end: form.get("end"),
    quote: form.get("quote"),
  });
  if (result.ok) back(form, result.data.claimId, true);
  return result;
}

/** Similar existing claims while a claim is being written (staff only). */
export async function similarClaimsAction(text: string, excludeClaimId?: string): Promise<SimilarClaim[]> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "workspace.view")) return [];
  const trimmed = typeof text === "string" ? text.trim().slice(0, 1000) : "";
  if (trimmed.length < 10) return [];
  return findSimilarClaims(trimmed, { limit: 5, excludeClaimId });
}
