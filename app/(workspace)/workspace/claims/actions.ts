"use server";

import { addAppearance, removeAppearance, reselectAppearance } from "@/lib/appearances/mutations";
import { addClaimNote, assignClaim, dismissClaim, editClaim, reopenClaim } from "@/lib/claims/mutations";
import { addEvidence, editEvidence, moveEvidence, removeEvidence, type EvidenceSaved } from "@/lib/evidence/mutations";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";

// Server actions of the queue and the claim desk: read the form, hand it to lib/ (which validates,
// authorises, writes and audits), and re-render the page on success.

type Versioned = MutationResult<{ version: number }>;

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function saveClaim(_previous: Versioned | null, form: FormData): Promise<Versioned> {
  return refreshedOnSuccess(
    editClaim({
      claimId: field(form, "claimId"),
      text: field(form, "text"),
      claimant: field(form, "claimant"),
      topicIds: form.getAll("topicIds"),
      claimDate: field(form, "claimDate"),
      version: field(form, "version"),
    }),
  );
}

export async function saveAssignee(
  _previous: MutationResult<{ version: number; assignee: string | null }> | null,
  form: FormData,
): Promise<MutationResult<{ version: number; assignee: string | null }>> {
  return refreshedOnSuccess(
    assignClaim({ claimId: field(form, "claimId"), assigneeId: field(form, "assigneeId"), version: field(form, "version") }),
  );
}

export async function saveDismissal(_previous: Versioned | null, form: FormData): Promise<Versioned> {
  return refreshedOnSuccess(
    dismissClaim({ claimId: field(form, "claimId"), reason: field(form, "reason"), version: field(form, "version") }),
  );
}

export async function saveReopening(_previous: Versioned | null, form: FormData): Promise<Versioned> {
  return refreshedOnSuccess(reopenClaim({ claimId: field(form, "claimId"), version: field(form, "version") }));
}

export async function saveNote(_previous: MutationResult<{ id: string }> | null, form: FormData): Promise<MutationResult<{ id: string }>> {
  return refreshedOnSuccess(addClaimNote({ claimId: field(form, "claimId"), body: field(form, "body") }));
}

const evidenceFields = (form: FormData) => ({
  url: field(form, "url"),
  title: field(form, "title"),
  excerpt: field(form, "excerpt"),
  stance: field(form, "stance"),
  archiveUrl: field(form, "archiveUrl"),
});

export async function saveNewEvidence(
  _previous: MutationResult<EvidenceSaved> | null,
  form: FormData,
): Promise<MutationResult<EvidenceSaved>> {
  return refreshedOnSuccess(addEvidence({ claimId: field(form, "claimId"), ...evidenceFields(form) }));
}

export async function saveEvidence(
  _previous: MutationResult<EvidenceSaved> | null,
  form: FormData,
): Promise<MutationResult<EvidenceSaved>> {
  return refreshedOnSuccess(
    editEvidence({ evidenceId: field(form, "evidenceId"), version: field(form, "version"), ...evidenceFields(form) }),
  );
}

export async function deleteEvidence(
  _previous: MutationResult<{ id: string }> | null,
  form: FormData,
): Promise<MutationResult<{ id: string }>> {
  return refreshedOnSuccess(removeEvidence({ evidenceId: field(form, "evidenceId"), version: field(form, "version") }));
}

export async function reorderEvidence(
  _previous: MutationResult<{ position: number }> | null,
  form: FormData,
): Promise<MutationResult<{ position: number }>> {
  return refreshedOnSuccess(moveEvidence({ evidenceId: field(form, "evidenceId"), direction: field(form, "direction") }));
}

export async function saveAppearanceQuote(
  _previous: MutationResult<{ id: string; version: number }> | null,
  form: FormData,
): Promise<MutationResult<{ id: string; version: number }>> {
  return refreshedOnSuccess(
    reselectAppearance({ appearanceId: field(form, "appearanceId"), version: field(form, "version"), quote: field(form, "quote") }),
  );
}

export async function deleteAppearance(
  _previous: MutationResult<{ id: string }> | null,
  form: FormData,
): Promise<MutationResult<{ id: string }>> {
  return refreshedOnSuccess(removeAppearance({ appearanceId: field(form, "appearanceId"), version: field(form, "version") }));
}

export async function saveNewAppearance(
  _previous: MutationResult<{ id: string }> | null,
  form: FormData,
): Promise<MutationResult<{ id: string }>> {
  return refreshedOnSuccess(
    addAppearance({ claimId: field(form, "claimId"), articleId: field(form, "articleId"), quote: field(form, "quote") }),
  );
}
