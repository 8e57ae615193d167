"use server";

import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { acceptSubmission, markSubmissionDuplicate, rejectSubmission, rejectSubmissionsAsSpam } from "@/lib/submissions/mutations";

type Triaged = MutationResult<{ claimId: string; version: number }>;

export async function accept(_previous: Triaged | null, form: FormData): Promise<Triaged> {
  return refreshedOnSuccess(
    acceptSubmission({ submissionId: form.get("submissionId"), version: form.get("version"), claimText: form.get("claimText") }),
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
