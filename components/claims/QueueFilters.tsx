import Link from "next/link";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { QUEUE_STATUSES, queueStatusLabel } from "@/lib/claims/labels";
import type { QueueFilters as Filters } from "@/lib/claims/queries";
import { scorePercentParam } from "@/lib/score-percent";

type Option = { id: string; name: string };

/** The queue's filters: a plain GET form, so it works without JavaScript and links can be shared. */
export function QueueFilters({
  filters,
  topics,
  staff,
  sources,
}: {
  filters: Filters;
  topics: { slug: string; name: string }[];
  staff: Option[];
  sources: Option[];
}) {
  return (
    <form
      method="get"
      action="/workspace"
      role="search"
      aria-label="Filter the queue"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            Search claims
          </label>
          <input
            id="q"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={200}
            placeholder="Words, or a claim in your own words"
            aria-describedby="q-help"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500"
          />
        </div>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
          Search
        </button>
        <p id="q-help" className="w-full text-sm text-slate-600">
          Finds claims holding the words and claims that say the same in other words, within the filters below.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-4 lg:gap-x-4">
        <SelectField
          id="status"
          label="Status"
          defaultValue={filters.status}
          options={QUEUE_STATUSES.map((status) => ({ value: status, label: queueStatusLabel[status] }))}
        />
        <SelectField
          id="assignee"
          label="Assignee"
          defaultValue={filters.assignee}
          emptyLabel="Anyone"
          options={[
            { value: "me", label: "Me" },
            { value: "unassigned", label: "Unassigned" },
            ...staff.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <SelectField
          id="topic"
          label="Topic"
          defaultValue={filters.topic}
          emptyLabel="Any topic"
          options={topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
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
          help="Check-worthiness, 0–100%"
          type="number"
          min={0}
          max={100}
          step={5}
          inputMode="numeric"
          defaultValue={filters.minScore === null ? "" : scorePercentParam(filters.minScore)}
        />
        <SelectField
          id="sort"
          label="Sort by"
          // The default order: best match with words, recently updated without; left empty so that
          // adding words to a sorted-by-default queue sorts by match.
          defaultValue={filters.sort === (filters.q ? "relevance" : "updated") ? "" : filters.sort}
          emptyLabel="Best match, else recently updated"
          options={[
            { value: "updated", label: "Recently updated" },
            { value: "created", label: "Newest" },
            { value: "score", label: "Highest score" },
          ]}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
            Filter
          </button>
          <Link href="/workspace" className="py-2 text-sm font-medium text-slate-900 underline underline-offset-2">
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
