import { Badge } from "@/components/ui/Badge";
import { formatDateTime } from "@/lib/dates";
import type { WatchedFeed } from "@/lib/monitoring/feeds";
import { FeedControls } from "./FeedControls";

const when = (date: Date | null) => (date ? <time dateTime={date.toISOString()}>{formatDateTime(date)}</time> : "never");
const FORMAT_LABELS = { RSS: "RSS", ATOM: "Atom", JSON: "JSON Feed" } as const;

/** A source's watched feeds: each one's state (as the worker last left it) and its controls. */
export function WatchedFeeds({
  feeds,
  sourceBlocked,
  actions,
}: {
  feeds: WatchedFeed[];
  sourceBlocked: boolean;
  actions: React.ComponentProps<typeof FeedControls>["actions"];
}) {
  if (feeds.length === 0) return <p className="text-sm text-slate-600">No feeds watched.</p>;
  return (
    <ul className="space-y-4">
      {feeds.map((feed) => {
        const label = feed.title ?? feed.url;
        return (
          <li key={feed.id} id={`feed-${feed.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold break-words text-slate-900">{label}</h3>
              {feed.status === "PAUSED" ? <Badge tone="amber">Paused</Badge> : <Badge tone="green">Active</Badge>}
              {feed.format ? <Badge>{FORMAT_LABELS[feed.format]}</Badge> : null}
              {sourceBlocked ? <Badge tone="red">Not polled: the source is blocked</Badge> : null}
            </div>
            <p className="mt-1 font-mono text-sm break-all text-slate-700">{feed.url}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700">
              <dt className="text-slate-600">Last checked</dt>
              <dd>{when(feed.lastCheckedAt)}</dd>
              <dt className="text-slate-600">Last new item</dt>
              <dd>{when(feed.lastNewItemAt)}</dd>
              <dt className="text-slate-600">Failures in a row</dt>
              <dd>{feed.consecutiveFailures}</dd>
              {feed.lastError ? (
                <>
                  <dt className="text-slate-600">Last error</dt>
                  <dd className="break-words text-red-800">
                    {feed.lastError}
                    {feed.lastErrorAt ? <> ({when(feed.lastErrorAt)})</> : null}
                  </dd>
                </>
              ) : null}
            </dl>
            <FeedControls feed={feed} label={label} actions={actions} />
          </li>
        );
      })}
    </ul>
  );
}
