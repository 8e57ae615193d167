"use client";

import { useActionState, useState } from "react";
import type { MutationResult } from "@/lib/mutation";
import { fieldValues, nextBase, startingBase } from "./form-base";
import { keepingInput } from "./submit-keeping-input";

/**
 * The state of a form that saves a versioned record: its last result, the version to save on top
 * of next (see form-base.ts: never one the page was refreshed to by another form's save that
 * changed this form's fields), and after a stale save (409) the record as someone else saved it
 * (`stale`) and which of its fields they changed. `initial` is the record's values of the form's
 * fields as the page now shows them (`fields`: the ones listed, or all). `form` goes on the
 * <form>: a refused save keeps what was typed.
 */
export function useVersionedForm<T extends { version: number }, F extends string = never>(
  action: (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>,
  { version, initial, fields }: { version?: number; initial?: Record<F, unknown>; fields?: readonly F[] } = {},
) {
  const [result, submit, pending] = useActionState(action, null);
  const page = { version: version ?? 0, values: fieldValues(initial ?? {}, fields ?? (Object.keys(initial ?? {}) as F[])) };
  const [base, setBase] = useState(() => startingBase(page.version, page.values));
  const next = nextBase(base, result, page);
  // Adjusted while rendering (React re-renders at once), so the form never shows the old base.
  if (next !== base) setBase(next);
  const refused = result && !result.ok ? result : null;
  // A 409 that carries a version is a stale save; other 409s (e.g. a duplicate) are plain refusals.
  const stale = refused?.status === 409 && typeof refused.current?.version === "number" ? refused.current : undefined;
  return {
    result,
    pending,
    refused,
    stale,
    changed: stale ? (next.changed as F[]) : [],
    version: version === undefined ? undefined : next.version,
    errors: (field: string) => refused?.fieldErrors?.[field],
    form: keepingInput(submit),
  };
}
