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
      <select
        id={id}
        name={id}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
        {...select}
      >
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
