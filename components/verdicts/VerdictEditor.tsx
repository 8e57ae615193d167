"use client";

import { useEffect, useRef, useState } from "react";
import { EvidenceChanges } from "@/components/evidence/EvidenceChanges";
import { Button } from "@/components/ui/Button";
import { useFieldValues } from "@/components/ui/field-values";
import { SelectField } from "@/components/ui/SelectField";
import { StaleNotice } from "@/components/ui/StaleNotice";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { EditorInput, EditorResult, EditorSaveMode } from "@/lib/verdicts/editor";
import type { EvidenceChange } from "@/lib/verdicts/published-evidence";
import { VERDICT_LIMITS } from "@/lib/verdicts/schemas";
import { useAutosave, type SaveState } from "./useAutosave";

type Fields = { ratingId: string; conclusion: string; rationale: string; note: string };

export type EditorEvidence = { id: string; title: string; url: string; stance: string; source: string | null };

const PREVIEW_DELAY_MS = 300;

/**
 * The draft of a verdict, or of a correction/update of a published one. Drafts autosave as you
 * type (no audit event); "Save draft" and submitting are recorded. Every save names the version it
 * was based on: when someone else saved in between, the save is refused, their version is shown
 * beside the form, autosave stops, and what was typed stays in the form.
 */
export function VerdictEditor({
  target,
  version,
  initial,
  ratings,
  evidence,
  published,
  evidenceChanges = [],
  mayPublishUpdate = false,
  initialPreview,
  save,
  preview,
}: {
  target: EditorInput["target"];
  version: number;
  initial: Fields;
  ratings: { value: string; label: string }[];
  evidence: EditorEvidence[];
  /** For a revision: the public text it changes (a changed rating or conclusion makes it a correction). */
  published?: { ratingId: string; conclusion: string };
  /** For a revision: how the claim's evidence differs from the published evidence (published with it). */
  evidenceChanges?: EvidenceChange[];
  /** The author of a revision may publish an update (wording only) without approval. */
  mayPublishUpdate?: boolean;
  initialPreview: string;
  save: (mode: EditorSaveMode, input: EditorInput) => Promise<EditorResult>;
  preview: (markdown: string) => Promise<string | null>;
}) {
  const isRevision = target.type === "revision";
  // The fields are the browser's (uncontrolled): what was typed before hydration counts, and
  // autosave, the preview and the correction/update label follow them.
  const { values: fields, read, bind } = useFieldValues<Fields>(initial);
  const { saveState, refusal, dirty, run } = useAutosave({
    fields,
    initial,
    version,
    save: (mode, { note, ...draft }, base) => save(mode, { target, version: base, ...draft, ...(isRevision ? { note } : {}) }),
  });
  const [previewHtml, setPreviewHtml] = useState(initialPreview);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const html = await preview(fields.rationale);
      if (current && html !== null) setPreviewHtml(html);
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [fields.rationale, preview]);

  function insertLink(item: EditorEvidence) {
    const textarea = rationaleRef.current;
    if (!textarea) return;
    const { selectionStart: start, selectionEnd: end } = textarea;
    const label = (textarea.value.slice(start, end) || item.title).replace(/[[\]]/g, "");
    textarea.setRangeText(`[${label}](${item.url})`, start, end, "end");
    read();
    textarea.focus();
  }

  const correction = published ? fields.ratingId !== published.ratingId || fields.conclusion.trim() !== published.conclusion.trim() : false;
  const submitLabel = !isRevision
    ? "Submit for approval"
    : !correction && mayPublishUpdate
      ? "Publish update"
      : `Submit ${correction ? "correction" : "update"} for approval`;
  const errors = refusal?.fieldErrors ?? {};
  const stale = refusal?.status === 409 ? refusal.current : undefined;
  const busy = saveState.state === "saving" || saveState.state === "submitted";

  return (
    <form
      {...bind}
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]"
      onSubmit={(event) => {
        event.preventDefault();
        run("save");
      }}
    >
      <div className="min-w-0 space-y-5">
        <p role="status" className="min-h-6 text-sm font-medium text-slate-700" data-testid="save-status">
          {saveStatusText(saveState, dirty)}
        </p>

        {refusal ? (
          <div role="alert" className="space-y-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
            <p className="font-semibold">{refusal.message}</p>
            {saveState.state === "paused" ? (
              <p>Autosave is paused. Your text is still in the form; “Save draft” saves it over the version shown here.</p>
            ) : null}
          </div>
        ) : null}
        {stale ? <StaleNotice fields={staleFields(stale, isRevision)} note={null} /> : null}

        <SelectField
          id="ratingId"
          label="Rating"
          options={ratings}
          emptyLabel="Choose a rating"
          defaultValue={initial.ratingId}
          aria-invalid={errors.ratingId ? true : undefined}
          aria-describedby={errors.ratingId ? "ratingId-error" : undefined}
        />
        {errors.ratingId ? (
          <p id="ratingId-error" className="-mt-4 text-sm text-red-800">
            {errors.ratingId.join(" ")}
          </p>
        ) : null}
        <TextAreaField
          id="conclusion"
          label="Conclusion"
          help="The finding in a sentence or two; shown under the rating."
          rows={3}
          maxLength={VERDICT_LIMITS.conclusion}
          defaultValue={initial.conclusion}
          errors={errors.conclusion}
        />
        <TextAreaField
          id="rationale"
          label="Rationale (Markdown)"
          help="How you reached the verdict. Markdown: **bold**, *italic*, [link](https://…), lists, > quotes. Insert links to the evidence from the list."
          rows={14}
          maxLength={VERDICT_LIMITS.rationale}
          defaultValue={initial.rationale}
          errors={errors.rationale}
          ref={rationaleRef}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm leading-relaxed text-slate-900 shadow-sm focus:border-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
        />
        {isRevision ? (
          <>
            <TextAreaField
              id="note"
              label="Public note: what changed and why"
              help="Shown with the date in the verdict's list of corrections and updates."
              rows={3}
              maxLength={VERDICT_LIMITS.note}
              defaultValue={initial.note}
              errors={errors.note}
            />
            <p className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800" data-testid="revision-kind">
              {correction ? (
                <>
                  <strong>Correction:</strong> the rating or the conclusion changes, so a second person must approve it. The published
                  verdict stays as it is until then.
                </>
              ) : (
                <>
                  <strong>Update:</strong> only the rationale or the evidence changes (wording, added context, sources).{" "}
                  {mayPublishUpdate ? "You can publish it yourself." : "Its author can publish it; yours goes to a second person."}
                </>
              )}
            </p>
            <EvidenceChanges heading="Evidence changes on the claim desk, published with this revision:" changes={evidenceChanges} />
          </>
        ) : null}

        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" disabled={busy}>
            Save draft
          </Button>
          <Button type="button" disabled={busy} onClick={() => run("submit")}>
            {saveState.state === "submitted" ? "Done" : submitLabel}
          </Button>
        </div>

        <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="preview-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            Preview of the rationale
          </h2>
          {fields.rationale.trim() ? (
            // Sanitised by lib/markdown.ts on the server, exactly as the public page renders it.
            <div className="prose-factdesk mt-3" data-testid="rationale-preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
          ) : (
            <p className="mt-3 text-sm text-slate-600">Nothing written yet.</p>
          )}
        </section>
      </div>

      <aside aria-labelledby="evidence-heading" className="min-w-0">
        <h2 id="evidence-heading" className="text-base font-semibold text-slate-900">
          Evidence for this claim
        </h2>
        {evidence.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No evidence yet. Add it on the claim desk.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {evidence.map((item, index) => (
              <li key={item.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p className="font-medium break-words text-slate-900">
                  {index + 1}. {item.title}
                </p>
                <p className="mt-0.5 text-slate-600">
                  {item.stance}
                  {item.source ? ` · ${item.source}` : ""}
                </p>
                <p className="mt-0.5 truncate text-slate-600">{item.url}</p>
                <button
                  type="button"
                  onClick={() => insertLink(item)}
                  className="mt-2 rounded border border-slate-400 px-2 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
                >
                  Insert link<span className="sr-only"> to “{item.title}” into the rationale</span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </form>
  );
}

function saveStatusText(saveState: SaveState, dirty: boolean): string {
  switch (saveState.state) {
    case "saving":
      return "Saving…";
    case "submitted":
      return "Sent.";
    case "paused":
      return "Autosave paused: not saved.";
    case "saved":
      if (!dirty) return `Saved at ${new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(saveState.at)}`;
      return "Unsaved changes (autosave shortly)";
    default:
      return dirty ? "Unsaved changes (autosave shortly)" : "Autosave is on: changes are saved as you type.";
  }
}

/** The other person's version, as the 409 returned it (lib/verdicts/locks.ts, currentDraft). */
function staleFields(current: Record<string, unknown>, isRevision: boolean) {
  const text = (key: string) => (typeof current[key] === "string" && current[key] ? String(current[key]) : "(empty)");
  return [
    { label: "Rating", value: typeof current.ratingLabel === "string" ? current.ratingLabel : "(none)" },
    { label: "Conclusion", value: text("conclusion") },
    { label: "Rationale", value: text("rationale") },
    ...(isRevision ? [{ label: "Note", value: text("note") }] : []),
  ];
}
