import { controlClass, Field, type FieldProps } from "./Field";

type Props = FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id">;

/** A labelled text input with its hint and error messages wired up for assistive technology. */
export function TextField({ id, label, help, errors, ...input }: Props) {
  return (
    <Field
      id={id}
      label={label}
      help={help}
      errors={errors}
      control={(aria) => <input id={id} name={id} {...aria} className={controlClass} {...input} />}
    />
  );
}
