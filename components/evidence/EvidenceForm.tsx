"use client";

import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { useFocusOnResult } from "@/components/ui/focus-on-result";
import { FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { useResetAfterSave } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import { StaleNotice } from "@/components/ui/StaleNotice";
import { stanceLabel, stances } from "@/lib/evidence/labels";
import type { EvidenceSaved } from "@/lib/evidence/mutations";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<EvidenceSaved>;
type Values = { url: string; title: string; excerpt: string; stance: string; archiveUrl: string };

const empty: Values = { url: "", title: "", excerpt: "", stance: "", archiveUrl: "" };

const fieldLabels: Record<keyof Values, string> = {
  url: "URL",
  title: "Title",
  excerpt: "Excerpt",
  stance: "Stance",
  archiveUrl: "Archived copy",
};
const fields = Object.keys(fieldLabels) as (keyof Values)[];

/**
 * Adds a piece of evidence to a claim, or edits one (`evidence` given). A refused save (invalid
 * input, a blocked source, someone else's edit) keeps what was typed.
 */
export function EvidenceForm({
  claimId,
  evidence,
  action,
  cancelHref,
}: {
  claimId: string;
  evidence?: Values & { id: string; version: number };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  /** For the edit form: where "Cancel" goes. */
  cancelHref?: string;
}) {
  const editing = Boolean(evidence);
  const initial = evidence ?? empty;
  const prefix = editing ? `evidence-${evidence!.id}` : "new-evidence";
  const { result, pending, stale, changed, version, errors, form } = useVersionedForm(action, {
    version: evidence?.version,
    initial,
    fields,
  });
  // A new piece of evidence was added: the form is ready for the next one.
  const formRef = useResetAfterSave(result, !editing);
  const statusRef = useFocusOnResult(result);

  return (
    <form ref={formRef} {...form} className="space-y-4" aria-label={editing ? `Edit evidence “${evidence!.title}”` : "Add evidence"}>
      <input type="hidden" name="claimId" value={claimId} />
      {editing ? (
        <>
          <input type="hidden" name="evidenceId" value={evidence!.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <TextField
        id={`${prefix}-url`}
        name="url"
        label="Evidence URL"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        defaultValue={initial.url}
        errors={errors("url")}
      />
      <TextField id={`${prefix}-title`} name="title" label="Title" defaultValue={initial.title} errors={errors("title")} />
      <TextAreaField
        id={`${prefix}-excerpt`}
        name="excerpt"
        label="Quoted excerpt"
        help="The passage that matters, exactly as the source has it."
        rows={3}
        defaultValue={initial.excerpt}
        errors={errors("excerpt")}
      />
      <SelectField
        id={`${prefix}-stance`}
        name="stance"
        label="Stance"
        emptyLabel="Choose…"
        options={stances.map((stance) => ({ value: stance, label: stanceLabel[stance] }))}
        defaultValue={initial.stance}
        aria-invalid={errors("stance") ? true : undefined}
        aria-describedby={errors("stance") ? `${prefix}-stance-error` : undefined}
      />
      {errors("stance") ? (
        <p id={`${prefix}-stance-error`} className="-mt-3 text-sm text-red-800">
          {errors("stance")!.join(" ")}
        </p>
      ) : null}
      <TextField
        id={`${prefix}-archive`}
        name="archiveUrl"
        label="Archived copy URL"
        help="Optional: a copy in a web archive, in case the page changes."
        type="url"
        inputMode="url"
        autoComplete="off"
        defaultValue={initial.archiveUrl}
        errors={errors("archiveUrl")}
      />
      {stale ? (
        <StaleNotice
          fields={(changed.length ? changed : fields).map((key) => ({
            label: fieldLabels[key],
            value:
              key === "stance"
                ? (stanceLabel[stale.stance as keyof typeof stanceLabel] ?? String(stale.stance))
                : String(stale[key] ?? "") || "(none)",
          }))}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending}>{pending ? "Saving…" : editing ? "Save evidence" : "Add evidence"}</Button>
        {cancelHref ? (
          <Link href={cancelHref} className="text-sm font-medium text-slate-900 underline underline-offset-2">
            {result?.ok ? "Done" : "Cancel"}
          </Link>
        ) : null}
      </div>
      <FormStatus
        result={result}
        focusRef={statusRef}
        success={[editing ? "Evidence saved." : "Evidence added.", result?.ok ? result.data.warning : null].filter(Boolean).join(" ")}
      />
    </form>
  );
}
