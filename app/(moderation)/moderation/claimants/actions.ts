"use server";

import { redirect } from "next/navigation";
import { mergeClaimants } from "@/lib/claimants/mutations";
import type { MutationResult } from "@/lib/mutation";

type Merged = MutationResult<{ survivorId: string; slug: string; version: number; claimsMoved: number }>;

export async function mergeDuplicateClaimant(_previous: Merged | null, form: FormData): Promise<Merged> {
  const result = await mergeClaimants({
    survivorId: form.get("survivorId"),
    survivorVersion: form.get("survivorVersion"),
    duplicateId: form.get("duplicateId"),
    duplicateVersion: form.get("duplicateVersion"),
  });
  if (result.ok) redirect(`/moderation/claimants?merged=${encodeURIComponent(result.data.survivorId)}&claims=${result.data.claimsMoved}`);
  return result;
}
