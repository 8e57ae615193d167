import Link from "next/link";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import type { TodayFilters as Filters } from "@/lib/monitoring/today";
import { scorePercentParam } from "@/lib/score-percent";

/**
 * Today's claims' filters: a plain GET form, so it works without JavaScript and links can be
 * shared. No topic: topics are given to claims on the desk, and a suggestion has none yet.
 */
export function TodayFilters({ filters, since, sources }: { filters: Filters; since: Date; sources: { id: string; name: string }[] }) {
  return (
    <form
      method="get"
      action="/workspace/today"
      role="search"
      aria-label="Filter today's claims"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-x-3 gap-y-4 sm:grid-cols-2 lg:grid-cols-5 lg:gap-x-4">
        <TextField
          id="since"
          label="Ingested since (UTC)"
          type="datetime-local"
          defaultValue={since.toISOString().slice(0, 16)}
          help={filters.since ? undefined : "Default: the last 24 hours"}
        />
        <SelectField
          id="source"
          label="Source"
          defaultValue={filters.source}
          emptyLabel="Any source"
          options={sources.map((source) => ({ value: source.id, label: source.name }))}
        />
        <TextField id="claimant" label="Claimant" type="search" defaultValue={filters.claimant} placeholder="Part of a name" />
        <TextField
          id="minScore"
          label="Minimum score (%)"
          type="number"
          min={0}
          max={100}
          step={5}
          inputMode="numeric"
          defaultValue={filters.minScore === null ? "" : scorePercentParam(filters.minScore)}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
            Filter
          </button>
          <Link href="/workspace/today" className="py-2 text-sm font-medium text-slate-900 underline underline-offset-2">
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
