"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ survivorId: string; version: number; articlesMoved: number; evidenceMoved: number }>;

/** The confirmation step of a merge: names both sources and what moves; success redirects. */
export function MergeForm({
  survivor,
  duplicate,
  action,
}: {
  survivor: { id: string; name: string; version: number };
  duplicate: { id: string; name: string; version: number };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="space-y-3">
      <input type="hidden" name="survivorId" value={survivor.id} />
      <input type="hidden" name="survivorVersion" value={survivor.version} />
      <input type="hidden" name="duplicateId" value={duplicate.id} />
      <input type="hidden" name="duplicateVersion" value={duplicate.version} />
      <Button disabled={pending} variant="danger">
        {pending ? "Merging…" : `Merge “${duplicate.name}” into “${survivor.name}”`}
      </Button>
      <FormStatus result={result} success="Merged." />
    </form>
  );
}
