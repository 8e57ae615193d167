import { FieldMessages } from "./FormStatus";

/** The control style shared by the text, multi-line and select fields. */
export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-slate-900";

export type FieldProps = {
  id: string;
  label: string;
  /** A hint under the label, read with the field. */
  help?: string;
  /** Messages from a refused save; marks the field invalid. */
  errors?: string[];
};

/**
 * A label, its hint and the field's error messages around one control; `control` receives the
 * ARIA attributes that tie them together for assistive technology.
 */
export function Field({
  id,
  label,
  help,
  errors,
  control,
}: FieldProps & { control: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
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
      {control({ "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined })}
      <FieldMessages id={`${id}-error`} messages={errors} />
    </div>
  );
}
