"use client";

import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { Button } from "@/components/ui/Button";
import { useFieldValues } from "@/components/ui/field-values";
import { FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import { StaleNotice } from "@/components/ui/StaleNotice";
import { AA_TEXT_CONTRAST, contrastOnWhite, NON_TEXT_CONTRAST, parseHexColor } from "@/lib/contrast";
import type { MutationResult } from "@/lib/mutation";

export type RatingFormValues = { label: string; description: string; color: string; ordinal: string; position: string };

type Result = MutationResult<{ id: string; version: number }>;

const fieldLabels: Record<keyof RatingFormValues, string> = {
  label: "Label",
  description: "Description",
  color: "Colour",
  ordinal: "Truth scale",
  position: "Position",
};
const fields = Object.keys(fieldLabels) as (keyof RatingFormValues)[];

/** What the chosen colour means for readers, as the badge and the charts will draw it. */
export function colorAdvice(color: string): { tone: "ok" | "warn" | "error"; text: string } {
  if (!parseHexColor(color)) return { tone: "error", text: "Enter a colour as #rrggbb." };
  const ratio = contrastOnWhite(color);
  const shown = `${ratio.toFixed(1)}:1 against white`;
  if (ratio < NON_TEXT_CONTRAST)
    return { tone: "error", text: `Too light to see on a white page (${shown}); it will be refused. Choose a darker colour.` };
  if (ratio < AA_TEXT_CONTRAST) {
    return { tone: "warn", text: `Too light for white text (${shown}): badges show dark text inside a border of this colour instead.` };
  }
  return { tone: "ok", text: `White text on it is readable (${shown}, WCAG AA).` };
}

const adviceClass = { ok: "text-emerald-800", warn: "text-amber-900", error: "text-red-800" } as const;

/**
 * Adds (no `id`) or edits a rating, with a live preview of its badge and a contrast check. What
 * was typed survives a refused save; after a 409 the form lists what someone else saved meanwhile.
 */
export function RatingForm({
  id,
  version,
  ratingKey,
  initial,
  action,
  submitLabel,
  publishedVerdicts = 0,
}: {
  /** How many published verdicts carry the rating: changing their label or value then needs a public note. */
  publishedVerdicts?: number;
  id?: string;
  version?: number;
  ratingKey?: string;
  initial: RatingFormValues;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  submitLabel: string;
}) {
  const { pending, result, stale, changed, version: savedVersion, errors, form } = useVersionedForm(action, { version, initial, fields });
  // The badge preview and the contrast check follow the label and colour typed.
  const { values, read, bind } = useFieldValues({ label: initial.label, color: initial.color });
  const advice = colorAdvice(values.color);
  const pickerValue = parseHexColor(values.color) ? expandHex(values.color) : "#000000";
  // The picker writes into the colour field, which is what is saved.
  const pick = (event: React.ChangeEvent<HTMLInputElement>) => {
    const field = bind.ref.current?.elements.namedItem("color");
    if (field instanceof HTMLInputElement) field.value = event.target.value;
    read();
  };

  return (
    <form {...form} {...bind} className="max-w-2xl space-y-5" noValidate>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {savedVersion !== undefined ? <input type="hidden" name="version" value={savedVersion} /> : null}

      <TextField
        id="label"
        label="Label"
        help={
          ratingKey
            ? `Key: ${ratingKey} (used in links and the API; it does not change).`
            : "The key for links and the API is made from it once and never changes."
        }
        defaultValue={initial.label}
        maxLength={40}
        errors={errors("label")}
      />
      <TextAreaField
        id="description"
        label="Description"
        help="What the rating means, shown on the methodology page."
        rows={3}
        defaultValue={initial.description}
        errors={errors("description")}
      />

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <TextField
            id="color"
            label="Colour"
            help="Hex, e.g. #1a7f37."
            defaultValue={initial.color}
            spellCheck={false}
            autoComplete="off"
            errors={errors("color")}
          />
          <label className="mt-2 flex items-center gap-2 text-sm text-slate-700">
            <input
              type="color"
              value={pickerValue}
              onChange={pick}
              className="h-8 w-12 cursor-pointer rounded border border-slate-400 bg-white"
            />
            Pick a colour
          </label>
        </div>
        <div>
          <p className="block text-sm font-medium text-slate-800">Preview</p>
          <p className="mt-2">
            <RatingBadge rating={{ label: values.label || "Label", color: values.color }} />
          </p>
          <p role="status" className={`mt-2 text-sm ${adviceClass[advice.tone]}`}>
            {advice.text}
          </p>
        </div>
        <div>
          <SelectField
            id="ordinal"
            label="Truth scale"
            defaultValue={initial.ordinal}
            options={[
              { value: "", label: "None (not on the truth scale)" },
              ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n}${n === 5 ? " (true)" : n === 1 ? " (false)" : ""}` })),
            ]}
          />
          {errors("ordinal") ? <p className="mt-1 text-sm text-red-800">{errors("ordinal")!.join(" ")}</p> : null}
        </div>
        <TextField
          id="position"
          label="Position"
          help="Order on pages and pickers, lowest first."
          inputMode="numeric"
          defaultValue={initial.position}
          errors={errors("position")}
        />
      </div>

      {publishedVerdicts > 0 ? (
        <TextAreaField
          id="methodologyNote"
          label="Public note on the change"
          help={`${publishedVerdicts} published ${publishedVerdicts === 1 ? "verdict shows" : "verdicts show"} this rating. Changing its label or truth-scale value needs a note saying why; it is published, dated, on the methodology page. Other changes need none.`}
          rows={3}
          maxLength={1000}
          errors={errors("methodologyNote")}
        />
      ) : null}

      {changed.length ? (
        <StaleNotice fields={changed.map((field) => ({ label: fieldLabels[field], value: String(stale?.[field] ?? "(none)") }))} />
      ) : null}

      <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
      <FormStatus result={result} success="Saved. Public pages show the change now." />
    </form>
  );
}

function expandHex(color: string): string {
  const { r, g, b } = parseHexColor(color)!;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
