"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

/**
 * The confirmation step of a merge (sources, claimants): names both records and carries the
 * versions the page showed; success redirects.
 */
export function MergeForm<T>({
  survivor,
  duplicate,
  action,
}: {
  survivor: { id: string; name: string; version: number };
  duplicate: { id: string; name: string; version: number };
  action: (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>;
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
