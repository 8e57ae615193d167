"use client";

import { useActionState } from "react";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ requeued: boolean }>;

/** Runs a failed job again (through the write path: moderators only, audited). */
export function RetryJobButton({
  jobId,
  label,
  action,
}: {
  jobId: string;
  label: string;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="jobId" value={jobId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60"
      >
        Retry<span className="sr-only"> {label}</span>
      </button>
      {result && !result.ok ? (
        <p role="alert" className="text-xs text-red-800">
          {result.message}
        </p>
      ) : null}
      {result?.ok && !result.data.requeued ? (
        <p role="status" className="text-xs text-slate-700">
          A newer job for the same item is already queued.
        </p>
      ) : null}
    </form>
  );
}
