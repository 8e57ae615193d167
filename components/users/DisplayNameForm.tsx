"use client";

import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import { StaleNotice } from "@/components/ui/StaleNotice";
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
  // What was typed survives a refused save.
  const { result, pending, stale, version: savedVersion, errors, form } = useVersionedForm(action, { version, initial: { name } });

  return (
    <form {...form} className="max-w-md space-y-3">
      <input type="hidden" name="version" value={savedVersion} />
      <div>
        <TextField
          id="name"
          label="Display name"
          help="Shown on the verdicts you check or approve."
          defaultValue={name}
          errors={errors("name")}
        />
        {stale ? <StaleNotice fields={[{ label: "Display name", value: String(stale.name) }]} /> : null}
      </div>
      <Button disabled={pending}>{pending ? "Saving…" : "Save name"}</Button>
      <FormStatus result={result} success="Your name is saved." />
    </form>
  );
}
