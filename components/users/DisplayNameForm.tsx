"use client";

import { useActionState, useState } from "react";
import { FieldMessages, FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ name: string; version: number }>;

export function DisplayNameForm({
  name,
  version,
  action,
}: {
  name: string;
  version: number;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  // Controlled, so that what was typed survives a refused save.
  const [value, setValue] = useState(name);
  const current = result && !result.ok && result.status === 409 ? result.current : undefined;
  const savedVersion = result?.ok ? result.data.version : typeof current?.version === "number" ? current.version : version;
  const errors = result && !result.ok ? result.fieldErrors?.name : undefined;

  return (
    <form action={submit} className="max-w-md space-y-3">
      <input type="hidden" name="version" value={savedVersion} />
      <div>
        <label htmlFor="name" className="block text-sm font-medium text-slate-800">
          Display name
        </label>
        <p id="name-help" className="text-sm text-slate-600">
          Shown on the verdicts you check or approve.
        </p>
        <input
          id="name"
          name="name"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "name-help name-error" : "name-help"}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
        />
        <FieldMessages id="name-error" messages={errors} />
        {current ? (
          <p className="mt-1 text-sm text-slate-700">
            Saved meanwhile: <strong>{String(current.name)}</strong>
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-70"
      >
        {pending ? "Saving…" : "Save name"}
      </button>
      <FormStatus result={result} success="Your name is saved." />
    </form>
  );
}
