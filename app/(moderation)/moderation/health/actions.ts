"use server";

import { retryFailedJob } from "@/lib/monitoring/health";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";

export async function retryJob(_previous: MutationResult<{ requeued: boolean }> | null, form: FormData) {
  return refreshedOnSuccess(retryFailedJob({ jobId: form.get("jobId") }));
}
