import { FormattedDate } from "@/components/ui/FormattedDate";
import type { SourceHistoryEntry } from "@/lib/sources/history";

const timeOfDay = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

/** A source's changes from the audit log, newest first: who, when, what changed. */
export function SourceHistory({ entries }: { entries: SourceHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No recorded changes yet.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">
            <FormattedDate date={entry.at} />, {timeOfDay.format(entry.at)} UTC ·{" "}
            <span className="font-medium text-slate-900">{entry.actor}</span>
          </p>
          <p className="mt-1 font-medium text-slate-900">{entry.summary}</p>
          {entry.changes.length ? (
            <dl className="mt-2 space-y-1 text-sm">
              {entry.changes.map((change) => (
                <div key={change.field} className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
                  <dt className="text-slate-600">{change.field}</dt>
                  <dd className="break-words text-slate-900">
                    {change.before !== null ? (
                      <>
                        <del className="text-slate-600">{change.before}</del>
                        <span aria-hidden="true"> → </span>
                        <span className="sr-only"> changed to </span>
                      </>
                    ) : null}
                    {change.after ?? <span className="text-slate-600">(removed)</span>}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
