"use client";

import { useActionState } from "react";
import type { MutationResult } from "@/lib/mutation";
import { latestVersion } from "./latest-version";
import { keepingInput } from "./submit-keeping-input";

/**
 * The state of a form that saves a versioned record: its last result, the version to save on top
 * of next, and after a stale save (409) the record as someone else saved it (`stale`) and which of
 * `fields` they changed from what the form started with (`initial`). `form` goes on the <form>: a
 * refused save keeps what was typed.
 */
export function useVersionedForm<T extends { version: number }, F extends string = never>(
  action: (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>,
  { version, initial, fields }: { version?: number; initial?: Record<F, unknown>; fields?: readonly F[] } = {},
) {
  const [result, submit, pending] = useActionState(action, null);
  const refused = result && !result.ok ? result : null;
  // A 409 that carries a version is a stale save; other 409s (e.g. a duplicate) are plain refusals.
  const stale = refused?.status === 409 && typeof refused.current?.version === "number" ? refused.current : undefined;
  const changed = stale && initial && fields ? fields.filter((field) => String(stale[field] ?? "") !== String(initial[field] ?? "")) : [];
  return {
    result,
    pending,
    refused,
    stale,
    changed,
    version: version === undefined ? undefined : latestVersion(version, result),
    errors: (field: string) => refused?.fieldErrors?.[field],
    form: keepingInput(submit),
  };
}
