"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { keepingInput, useResetAfterSave } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ id: string }>;

/** Adds an internal (staff-only) note to a claim. */
export function NoteForm({ claimId, action }: { claimId: string; action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [result, submit, pending] = useActionState(action, null);
  const form = useResetAfterSave(result);
  return (
    <form ref={form} {...keepingInput(submit)} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <TextAreaField
        id="note-body"
        name="body"
        label="New note"
        help="Seen by staff only."
        rows={3}
        errors={result && !result.ok ? result.fieldErrors?.body : undefined}
      />
      <Button disabled={pending}>{pending ? "Adding…" : "Add note"}</Button>
      <FormStatus result={result} success="Note added." />
    </form>
  );
}
