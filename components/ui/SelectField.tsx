import { controlClass } from "./Field";

type Props = {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  /** The first, empty choice, e.g. "Any rating". */
  emptyLabel?: string;
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id">;

/** A labelled select, styled like TextField. */
export function SelectField({ id, label, options, emptyLabel, ...select }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} className={controlClass} {...select}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
