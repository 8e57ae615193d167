import Link from "next/link";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { NameField } from "./NameField";
import { firstValue } from "@/lib/search/filters";

type Options = { ratings: { key: string; label: string }[]; topics: { slug: string; name: string }[] };

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500";
const labelClass = "block text-sm font-medium text-slate-800";

/**
 * The search form: a plain GET form, so the query and filters live in the URL and it works
 * without JavaScript. Fields are refilled from the URL as typed.
 */
export function SearchForm({
  params,
  options,
  active,
  filterProblem,
}: {
  params: Record<string, string | string[] | undefined>;
  options: Options;
  /** How many filters are applied (invalid values are not). */
  active: number;
  /** Whether a filter's value was left out: the filters then stay open to show it. */
  filterProblem: boolean;
}) {
  const value = (name: string) => firstValue(params, name) ?? "";
  return (
    <form action="/search" method="get" role="search" aria-label="Fact checks" className="mt-6">
      <label htmlFor="search-q" className={labelClass}>
        Words to search for
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={value("q")}
          maxLength={200}
          placeholder="e.g. measles vaccine"
          className={`${fieldClass} mt-0 min-w-0 flex-1`}
        />
        <button type="submit" className="shrink-0 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700">
          Search
        </button>
      </div>

      {/* Closed until a filter is in use (or was left out), so that on a phone the results are not pushed far down. */}
      <details open={active > 0 || filterProblem} className="mt-4 rounded-lg border border-slate-200 bg-slate-50">
        <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          Filters{active > 0 ? ` (${active} in use)` : ""}
          <span className="font-normal text-slate-600"> — rating, topic, claimant, source, dates</span>
        </summary>
        <fieldset className="border-t border-slate-200 p-4">
          <legend className="sr-only">Filters</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="search-rating"
              name="rating"
              label="Rating"
              emptyLabel="Any rating"
              defaultValue={value("rating")}
              options={options.ratings.map((rating) => ({ value: rating.key, label: rating.label }))}
            />
            <SelectField
              id="search-topic"
              name="topic"
              label="Topic"
              emptyLabel="Any topic"
              defaultValue={value("topic")}
              options={options.topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
            />
            <NameField
              id="search-claimant"
              name="claimant"
              field="claimant"
              label="Claimant"
              help="Who made the claim, e.g. Piet Haldane"
              defaultValue={value("claimant")}
            />
            <NameField
              id="search-source"
              name="source"
              field="source"
              label="Source"
              help="Outlet or website that carried the claim, e.g. Northharbour Herald"
              defaultValue={value("source")}
            />
            <TextField id="search-from" name="from" type="date" label="Published from" defaultValue={value("from")} />
            <TextField id="search-to" name="to" type="date" label="Published to" defaultValue={value("to")} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button
              type="submit"
              className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
            >
              Apply filters
            </button>
            <Link href="/search" className="text-sm font-medium text-slate-700 underline underline-offset-2">
              Clear all
            </Link>
          </div>
        </fieldset>
      </details>
      {/* Fills the name fields' suggestions; deferred, so it runs once the fields are parsed. */}
      <script src="/scripts/name-suggestions.js" defer />
    </form>
  );
}
