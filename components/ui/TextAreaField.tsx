"use client";

import { controlClass, Field, type FieldProps } from "./Field";
import { useTextKeptThroughHydration } from "./hydration";

type Props = FieldProps & {
  /** The field's name when several forms on a page share one (ids must stay unique). */
  name?: string;
  /** For callers that work with the caret (e.g. inserting a link where the cursor is). */
  ref?: React.Ref<HTMLTextAreaElement>;
  defaultValue?: string;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "defaultValue">;

/** A labelled multi-line text input, wired like TextField. */
export function TextAreaField({ id, label, help, errors, name, rows = 3, ref, defaultValue, ...textarea }: Props) {
  const kept = useTextKeptThroughHydration(id, defaultValue);
  return (
    <Field
      id={id}
      label={label}
      help={help}
      errors={errors}
      control={(aria) => (
        <textarea id={id} name={name ?? id} ref={ref} rows={rows} defaultValue={kept} {...aria} className={controlClass} {...textarea} />
      )}
    />
  );
}
