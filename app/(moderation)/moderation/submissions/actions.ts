"use server";

import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import {
  acceptSubmission,
  markSubmissionDuplicate,
  rejectSubmission,
  rejectSubmissionsAsSpam,
  type TipLinkOutcome,
} from "@/lib/submissions/mutations";

type Triaged = MutationResult<{ claimId: string; version: number }>;
type Accepted = MutationResult<{ claimId: string; version: number; link: TipLinkOutcome | null }>;

export async function accept(_previous: Accepted | null, form: FormData): Promise<Accepted> {
  return refreshedOnSuccess(
    acceptSubmission({
      submissionId: form.get("submissionId"),
      version: form.get("version"),
      claimText: form.get("claimText"),
      claimant: form.get("claimant") ?? undefined,
      claimDate: form.get("claimDate") ?? undefined,
      fetchLink: form.get("fetchLink") ?? undefined,
      quote: form.get("quote") ?? undefined,
    }),
  );
}

export async function markDuplicate(_previous: Triaged | null, form: FormData): Promise<Triaged> {
  return refreshedOnSuccess(
    markSubmissionDuplicate({ submissionId: form.get("submissionId"), version: form.get("version"), claimId: form.get("claimId") ?? "" }),
  );
}

export async function reject(
  _previous: MutationResult<{ version: number }> | null,
  form: FormData,
): Promise<MutationResult<{ version: number }>> {
  return refreshedOnSuccess(
    rejectSubmission({ submissionId: form.get("submissionId"), version: form.get("version"), reason: form.get("reason") }),
  );
}

export async function rejectAsSpam(
  _previous: MutationResult<{ rejected: number; skipped: number }> | null,
  form: FormData,
): Promise<MutationResult<{ rejected: number; skipped: number }>> {
  return refreshedOnSuccess(rejectSubmissionsAsSpam({ submissionIds: form.getAll("submissionIds") }));
}
