"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/FormStatus";
import type { IngestOutcome } from "@/lib/articles/mutations";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<IngestOutcome>;

/** Fetches a URL article again; changed text re-anchors its claims (see the notice after). */
export function RefetchButton({
  articleId,
  action,
}: {
  articleId: string;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="space-y-2">
      <input type="hidden" name="articleId" value={articleId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-900 disabled:cursor-wait"
      >
        {pending ? "Fetching again…" : "Fetch again"}
      </button>
      <FormStatus result={result} success="" />
    </form>
  );
}
