import { FieldMessages } from "./FormStatus";

type Props = {
  id: string;
  label: string;
  /** A hint under the label, read with the field. */
  help?: string;
  /** Messages from a refused save; marks the field invalid. */
  errors?: string[];
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

/** A labelled multi-line input, wired up like TextField. */
export function TextArea({ id, label, help, errors, rows = 4, ...textarea }: Props) {
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
        name={id}
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
