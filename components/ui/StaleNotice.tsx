import type { ReactNode } from "react";

export type StaleField = { label: string; value: ReactNode };

/**
 * What someone else saved while this form was open, shown after a save refused as stale (409):
 * each field as it now is, beside the person's own text, which stays in the form. Saving again
 * replaces the other version (the form has adopted its version number).
 */
export function StaleNotice({
  fields,
  note = "Saving again replaces it with what is in the form.",
}: {
  fields: StaleField[];
  note?: ReactNode;
}) {
  return (
    <div data-testid="stale-version" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-medium">Saved meanwhile by someone else:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {fields.map((field) => (
          <li key={field.label} className="max-h-40 overflow-y-auto break-words whitespace-pre-wrap">
            {field.label}: {field.value}
          </li>
        ))}
      </ul>
      {note ? <p className="mt-1">{note}</p> : null}
    </div>
  );
}
