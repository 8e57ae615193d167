import Link from "next/link";
import { SelectField } from "@/components/ui/SelectField";
import { reliabilities, reliabilityLabel, sourceKindLabel, sourceStatusLabel } from "@/lib/sources/labels";
import type { SourceFilters as Filters } from "@/lib/sources/schemas";

/** The registry's search and filters: a GET form, so they live in the URL and work without JavaScript. */
export function SourceFilters({ filters }: { filters: Filters }) {
  const active = Boolean(filters.q || filters.kind || filters.reliability || filters.status);
  return (
    <form
      action="/moderation"
      method="get"
      role="search"
      aria-label="Sources"
      className="mb-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <div>
          <label htmlFor="sources-q" className="block text-sm font-medium text-slate-800">
            Name or domain
          </label>
          <input
            id="sources-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={200}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
          />
        </div>
        <SelectField
          id="sources-kind"
          name="kind"
          label="Kind"
          emptyLabel="Any kind"
          defaultValue={filters.kind ?? ""}
          options={Object.entries(sourceKindLabel).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="sources-reliability"
          name="reliability"
          label="Reliability"
          emptyLabel="Any reliability"
          defaultValue={filters.reliability ?? ""}
          options={reliabilities.map((value) => ({ value, label: reliabilityLabel[value] }))}
        />
        <SelectField
          id="sources-status"
          name="status"
          label="Status"
          emptyLabel="Any status"
          defaultValue={filters.status ?? ""}
          options={Object.entries(sourceStatusLabel).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
          Search
        </button>
        {active ? (
          <Link href="/moderation" className="text-sm font-medium text-slate-900 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
