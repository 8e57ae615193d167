import { FieldMessages } from "./FormStatus";

type Props = {
  id: string;
  label: string;
  help?: string;
  errors?: string[];
  /** The field's name when several forms on a page share one (ids must stay unique). */
  name?: string;
  /** For callers that work with the caret (e.g. inserting a link where the cursor is). */
  ref?: React.Ref<HTMLTextAreaElement>;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">;

/** A labelled multi-line text input, styled and wired like TextField. */
export function TextAreaField({ id, label, help, errors, name, rows = 3, ref, ...textarea }: Props) {
  const invalid = Boolean(errors?.length);
  const describedBy = [help ? `${id}-help` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-sm text-slate-600">
          {help}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name ?? id}
        ref={ref}
        rows={rows}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
        {...textarea}
      />
      <FieldMessages id={`${id}-error`} messages={errors} />
    </div>
  );
}
