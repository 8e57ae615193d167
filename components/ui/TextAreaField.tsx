import { controlClass, Field, type FieldProps } from "./Field";

type Props = FieldProps & {
  /** The field's name when several forms on a page share one (ids must stay unique). */
  name?: string;
  /** For callers that work with the caret (e.g. inserting a link where the cursor is). */
  ref?: React.Ref<HTMLTextAreaElement>;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">;

/** A labelled multi-line text input, wired like TextField. */
export function TextAreaField({ id, label, help, errors, name, rows = 3, ref, ...textarea }: Props) {
  return (
    <Field
      id={id}
      label={label}
      help={help}
      errors={errors}
      control={(aria) => <textarea id={id} name={name ?? id} ref={ref} rows={rows} {...aria} className={controlClass} {...textarea} />}
    />
  );
}
