"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

const named = (record: { name: string; detail?: string }) => `“${record.name}”${record.detail ? ` (${record.detail})` : ""}`;

/**
 * The confirmation step of a merge (sources, claimants): names both records and carries the
 * versions the page showed; success redirects.
 */
export function MergeForm<T>({
  survivor,
  duplicate,
  action,
}: {
  /** `detail` tells two records of one name apart in the wording (a source's domain). */
  survivor: { id: string; name: string; version: number; detail?: string };
  duplicate: { id: string; name: string; version: number; detail?: string };
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
        {pending ? "Merging…" : `Merge ${named(duplicate)} into ${named(survivor)}`}
      </Button>
      <FormStatus result={result} success="Merged." />
    </form>
  );
}
