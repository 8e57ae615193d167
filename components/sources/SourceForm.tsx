"use client";

import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { useFieldValues } from "@/components/ui/field-values";
import { FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import { StaleNotice } from "@/components/ui/StaleNotice";
import type { MutationResult } from "@/lib/mutation";
import { reliabilities, reliabilityLabel, sourceKindLabel, sourceStatusLabel } from "@/lib/sources/labels";

export type SourceFormValues = {
  domain: string;
  name: string;
  kind: string;
  reliability: string;
  reliabilityNote: string;
  status: string;
  internalNotes: string;
};

type Result = MutationResult<{ id: string; version: number }>;

const fieldLabels: Record<keyof SourceFormValues, string> = {
  domain: "Domain",
  name: "Name",
  kind: "Kind",
  reliability: "Reliability",
  reliabilityNote: "Public note",
  status: "Status",
  internalNotes: "Internal notes",
};
const fields = Object.keys(fieldLabels) as (keyof SourceFormValues)[];

function shown(field: keyof SourceFormValues, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (field === "kind") return sourceKindLabel[value as keyof typeof sourceKindLabel] ?? String(value);
  if (field === "reliability") return reliabilityLabel[value as keyof typeof reliabilityLabel] ?? String(value);
  if (field === "status") return sourceStatusLabel[value as keyof typeof sourceStatusLabel] ?? String(value);
  return String(value);
}

/**
 * Creates (no `id`) or edits a registry entry. What was typed survives a refused save; after a 409
 * the form lists what someone else saved meanwhile and saves on top of that version next time.
 */
export function SourceForm({
  id,
  version,
  initial,
  action,
  submitLabel,
}: {
  id?: string;
  version?: number;
  initial: SourceFormValues;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  submitLabel: string;
}) {
  const {
    pending,
    result,
    refused,
    stale,
    changed,
    version: savedVersion,
    errors,
    form,
  } = useVersionedForm(action, { version, initial, fields });
  const duplicateOf = refused?.current?.duplicateOf as { id: string; name: string; domain: string } | undefined;
  // The hint under the public note follows the reliability and status chosen.
  const { values, bind } = useFieldValues({ reliability: initial.reliability, status: initial.status });
  const reliabilityChanged = id ? values.reliability !== initial.reliability : values.reliability !== "UNRATED";
  const blocking = values.status === "BLOCKED" && initial.status !== "BLOCKED";

  return (
    <form {...form} {...bind} className="max-w-2xl space-y-5" noValidate>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {savedVersion !== undefined ? <input type="hidden" name="version" value={savedVersion} /> : null}

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <TextField
            id="domain"
            label="Domain"
            help="Or a link; only the domain is kept."
            defaultValue={initial.domain}
            autoComplete="off"
            spellCheck={false}
            errors={errors("domain")}
          />
          {duplicateOf ? (
            <p className="mt-1 text-sm">
              <Link href={`/moderation/sources/${duplicateOf.id}`} className="font-medium text-slate-900 underline underline-offset-2">
                Open {duplicateOf.name} ({duplicateOf.domain})
              </Link>
            </p>
          ) : null}
        </div>
        <TextField id="name" label="Name" help="As the outlet names itself." defaultValue={initial.name} errors={errors("name")} />
        <SelectField
          id="kind"
          label="Kind"
          defaultValue={initial.kind}
          options={Object.entries(sourceKindLabel).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="status"
          label="Status"
          defaultValue={initial.status}
          options={Object.entries(sourceStatusLabel).map(([value, label]) => ({ value, label }))}
          aria-describedby="status-help"
        />
      </div>
      <p id="status-help" className="-mt-3 text-sm text-slate-600">
        Watch: reviewers are warned when they cite it. Blocked: it cannot be cited as evidence; reviewers are shown the public note as the
        reason.
      </p>

      <SelectField
        id="reliability"
        label="Reliability"
        defaultValue={initial.reliability}
        options={reliabilities.map((value) => ({ value, label: reliabilityLabel[value] }))}
      />
      <TextAreaField
        id="reliabilityNote"
        label="Public note"
        help={
          reliabilityChanged || blocking
            ? `Required: ${[reliabilityChanged ? "say why the reliability is changing" : null, blocking ? "give the reason for the block" : null].filter(Boolean).join(" and ")}. Shown on public pages.`
            : "Why the source is rated as it is. Shown on its public page and next to evidence from it."
        }
        defaultValue={initial.reliabilityNote}
        errors={errors("reliabilityNote")}
      />
      <TextAreaField
        id="internalNotes"
        label="Internal notes"
        help="Staff only, never shown on public pages: contacts, history, caveats."
        defaultValue={initial.internalNotes}
        errors={errors("internalNotes")}
      />

      {changed.length ? (
        <StaleNotice fields={changed.map((field) => ({ label: fieldLabels[field], value: shown(field, stale?.[field]) }))} />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
      </div>
      <FormStatus result={result} success="Saved." />
    </form>
  );
}
