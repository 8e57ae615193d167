import Link from "next/link";
import { notFound } from "next/navigation";
import { plural } from "@/lib/plural";
import { AddFeedForm } from "@/components/monitoring/AddFeedForm";
import { WatchedFeeds } from "@/components/monitoring/WatchedFeeds";
import { SourceAliases } from "@/components/sources/SourceAliases";
import { SourceForm } from "@/components/sources/SourceForm";
import { SourceHistory } from "@/components/sources/SourceHistory";
import { sourceStatusTone } from "@/components/sources/SourceTable";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { listFeedsOfSource, MAX_ITEMS, POLL_MINUTES } from "@/lib/monitoring/feeds";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";
import { getSourceHistory } from "@/lib/sources/history";
import { sourceStatusLabel } from "@/lib/sources/labels";
import { getSourceForEditing } from "@/lib/sources/queries";
import { removeAlias, saveSource } from "../actions";
import { addFeedAction, saveFeedSettings, saveFeedStatus } from "../feed-actions";

export const metadata = { title: "Edit source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function savedMessage(params: Record<string, string | string[] | undefined>): string | null {
  const saved = firstValue(params, "saved");
  if (saved === "created") return "Source added.";
  if (saved === "merged") {
    const articles = Number(firstValue(params, "articles") ?? 0);
    const evidence = Number(firstValue(params, "evidence") ?? 0);
    return `Merged: ${articles} ${articles === 1 ? "article" : "articles"} and ${evidence} ${evidence === 1 ? "piece" : "pieces"} of evidence moved here; the duplicate is deleted and its domain is kept as an alias.`;
  }
  return null;
}

export default async function EditSourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/moderation/sources/${id}`);
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  const [history, feeds] = await Promise.all([getSourceHistory(id), listFeedsOfSource(id)]);
  const message = savedMessage(await searchParams);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation" className="text-slate-700 underline underline-offset-2">
          ← Sources
        </Link>
      </p>
      <PageHeader
        title={source.name}
        description={
          <>
            <span className="font-mono text-sm break-all">{source.domain}</span> · cited {plural(source._count.evidence, "time")} ·{" "}
            {source._count.articles} {source._count.articles === 1 ? "article" : "articles"}
          </>
        }
      >
        <div className="flex flex-wrap items-center gap-3">
          <Badge tone={sourceStatusTone[source.status]}>{sourceStatusLabel[source.status]}</Badge>
          <Link href={`/moderation/sources/${source.id}/merge`} className="font-medium text-slate-900 underline underline-offset-2">
            Merge a duplicate into this source
          </Link>
        </div>
      </PageHeader>
      {message ? (
        <p role="status" className="mb-5 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          {message}
        </p>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Details
          </h2>
          <SourceForm
            id={source.id}
            version={source.version}
            initial={{
              domain: source.domain,
              name: source.name,
              kind: source.kind,
              reliability: source.reliability,
              reliabilityNote: source.reliabilityNote ?? "",
              status: source.status,
              internalNotes: source.internalNotes ?? "",
            }}
            action={saveSource}
            submitLabel="Save source"
          />
          <section aria-labelledby="aliases-heading" className="mt-10">
            <h2 id="aliases-heading" className="text-lg font-semibold text-slate-900">
              Also known as
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-600">
              Domains of duplicates merged into this source. Articles and evidence from them, and their subdomains, count as {source.name}
              {source.status === "BLOCKED" ? ", and are refused while it is blocked" : ""}. A removed alias is proposed as a new, unrated
              source the next time it is cited.
            </p>
            <SourceAliases source={source} action={removeAlias} />
          </section>
          <section aria-labelledby="feeds-heading" className="mt-10">
            <h2 id="feeds-heading" className="text-lg font-semibold text-slate-900">
              Watched feeds
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-600">
              New articles in these feeds are fetched and their claims suggested on Today’s claims.
              {source.status === "BLOCKED" ? " While the source is blocked, its feeds are not polled and no feed can be added." : ""}
            </p>
            <WatchedFeeds
              feeds={feeds}
              sourceBlocked={source.status === "BLOCKED"}
              actions={{ settings: saveFeedSettings, status: saveFeedStatus }}
            />
            {source.status === "BLOCKED" ? null : (
              <div className="mt-4">
                <h3 className="mb-2 font-semibold text-slate-900">Watch a feed</h3>
                <AddFeedForm
                  sourceId={source.id}
                  defaults={{ pollMinutes: POLL_MINUTES.default, maxItemsPerPoll: MAX_ITEMS.default }}
                  action={addFeedAction}
                />
              </div>
            )}
          </section>
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
            History
          </h2>
          <SourceHistory entries={history} />
        </section>
      </div>
    </>
  );
}
