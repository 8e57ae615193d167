"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { TextField } from "@/components/ui/TextField";
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
        <TextField
          id="name"
          label="Display name"
          help="Shown on the verdicts you check or approve."
          value={value}
          onChange={(event) => setValue(event.target.value)}
          errors={errors}
        />
        {current ? (
          <p className="mt-1 text-sm text-slate-700">
            Saved meanwhile: <strong>{String(current.name)}</strong>
          </p>
        ) : null}
      </div>
      <Button disabled={pending}>{pending ? "Saving…" : "Save name"}</Button>
      <FormStatus result={result} success="Your name is saved." />
    </form>
  );
}
