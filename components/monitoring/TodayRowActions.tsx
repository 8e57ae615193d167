"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<unknown>;

/**
 * A row's one-click decisions. The form names the row's suggestions as the page showed them
 * (id:version), so a row someone else decided or changed meanwhile is refused, not overwritten.
 */
export function TodayRowActions({
  suggestions,
  query,
  flagged,
  describedBy,
  action,
}: {
  suggestions: string[];
  /** The list's filters, to come back to. */
  query: string;
  /** Flagged as a repeat of a checked claim: offer recording it. */
  flagged: boolean;
  /** The row's heading, naming what the buttons act on. */
  describedBy: string;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="mt-3 space-y-2">
      {suggestions.map((value) => (
        <input key={value} type="hidden" name="suggestions" value={value} />
      ))}
      <input type="hidden" name="query" value={query} />
      <div className="flex flex-wrap items-center gap-2">
        {flagged ? (
          <Button name="decision" value="repeat" disabled={pending} aria-describedby={describedBy}>
            Record as a repeat
          </Button>
        ) : null}
        <Button
          name="decision"
          value="accept"
          variant={flagged ? "secondary" : "primary"}
          disabled={pending}
          aria-describedby={describedBy}
        >
          Accept into the queue
        </Button>
        <button
          type="submit"
          name="decision"
          value="dismiss"
          disabled={pending}
          aria-describedby={describedBy}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-70"
        >
          Dismiss
        </button>
      </div>
      <FormStatus result={result} success="" />
    </form>
  );
}
