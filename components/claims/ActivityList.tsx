import type { ActivityItem } from "@/lib/claims/activity";
import { formatDate } from "@/lib/dates";

const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

/** A claim's history from the audit log, newest first. */
export function ActivityList({ items }: { items: ActivityItem[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {items.map((item) => (
        <li key={item.id} className="border-l-2 border-slate-200 pl-3">
          <p className="leading-snug break-words text-slate-800">
            <strong className="font-semibold text-slate-900">{item.actor}</strong> {item.description}
          </p>
          <p className="text-slate-600">
            <time dateTime={item.at.toISOString()}>
              {formatDate(item.at)}, {time.format(item.at)} UTC
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
