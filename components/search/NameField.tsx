import { TextField } from "@/components/ui/TextField";

/**
 * A search filter that takes a name, offering names as one types: a text field with a native
 * datalist (the browser's own accessible combobox), filled from /search/suggestions by a few
 * lines of plain JavaScript (public/scripts/name-suggestions.js, loaded once by SearchForm), since
 * the search page is sent without Next.js's scripts (lib/script-free.ts). Without JavaScript it is
 * a plain text field, and the server resolves whatever is typed.
 */
export function NameField({
  id,
  name,
  field,
  label,
  help,
  defaultValue,
}: {
  id: string;
  name: string;
  field: "claimant" | "source";
  label: string;
  help: string;
  defaultValue: string;
}) {
  return (
    <>
      <TextField
        id={id}
        name={name}
        label={label}
        help={help}
        defaultValue={defaultValue}
        list={`${id}-names`}
        autoComplete="off"
        data-name-suggestions={field}
      />
      <datalist id={`${id}-names`} />
    </>
  );
}
