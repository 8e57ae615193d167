"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ConfirmedSubmit } from "@/components/ui/ConfirmedSubmit";
import { latestVersion } from "@/components/ui/latest-version";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ id: string; version: number; retired: boolean; draftsUsingIt: number }>;

/** Retire a rating (off the scale and the pickers) or bring it back. */
export function RetireRatingForm({
  rating,
  action,
}: {
  rating: { id: string; label: string; version: number; retired: boolean };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  // The page re-renders after any save on it; the newest version known wins.
  const version = latestVersion(rating.version, result);
  return (
    <form action={submit} className="space-y-3">
      <input type="hidden" name="id" value={rating.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="retire" value={rating.retired ? "false" : "true"} />
      {rating.retired ? (
        <Button disabled={pending} variant="secondary">
          {`Restore “${rating.label}”`}
        </Button>
      ) : (
        // Retiring takes the rating off the scale and every picker at once: asked twice.
        <ConfirmedSubmit
          button={`Retire “${rating.label}”`}
          pendingButton="Retiring…"
          pending={pending}
          variant="danger"
          title={`Retire “${rating.label}”?`}
          body="It leaves the truth scale, the methodology page and the rating pickers at once. Drafts that use it must choose another rating."
          confirm={`Yes, retire “${rating.label}”`}
        />
      )}
      {result && !result.ok ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {result.message}
        </p>
      ) : null}
      {result?.ok ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {result.data.retired
            ? `Retired.${result.data.draftsUsingIt ? ` ${result.data.draftsUsingIt} unpublished ${result.data.draftsUsingIt === 1 ? "verdict still uses" : "verdicts still use"} it; their authors must choose another rating.` : ""}`
            : "Restored to the scale."}
        </p>
      ) : null}
    </form>
  );
}
