import Link from "next/link";
import { TodayFilters } from "@/components/monitoring/TodayFilters";
import { TodayList } from "@/components/monitoring/TodayList";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listPublishers } from "@/lib/claims/queries";
import { listTodaysClaims, parseTodayFilters, todayQuery } from "@/lib/monitoring/today";
import type { ListSearchParams } from "@/lib/pagination";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";
import { decideSuggestion } from "./actions";

export const metadata = { title: "Today's claims" };

type Props = { searchParams: ListSearchParams };

export default async function TodaysClaimsPage({ searchParams }: Props) {
  await requireStaffPage("/workspace/today");
  const params = await searchParams;
  const filters = parseTodayFilters(params);
  const [{ items, page, pageCount, total, since }, sources] = await Promise.all([listTodaysClaims(filters), listPublishers()]);
  const query = todayQuery(filters);

  return (
    <>
      <PageHeader
        title="Today's claims"
        description="Claims suggested in articles from watched feeds and the desk, best score first. Near-identical claims from several articles are one row."
      />
      <Done params={params} />
      <TodayFilters filters={filters} since={since} sources={sources} />
      <TodayList rows={items} query={returnQuery(query, page)} action={decideSuggestion} />
      <Pagination basePath="/workspace/today" page={page} pageCount={pageCount} total={total} noun="rows" one="row" query={query} />
    </>
  );
}

/** The list's filters and page, for a decision to come back to. */
function returnQuery(query: URLSearchParams, page: number): string {
  const back = new URLSearchParams(query);
  if (page > 1) back.set("page", String(page));
  return back.toString();
}

/** What the last one-click decision did (the action comes back here with it). */
function Done({ params }: { params: Record<string, string | string[] | undefined> }) {
  const accepted = firstValue(params, "accepted");
  const repeated = firstValue(params, "repeated");
  const dismissed = firstValue(params, "dismissed");
  if (!accepted && !repeated && !dismissed) return null;
  return (
    <p role="status" className="mb-5 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
      {accepted ? (
        <>
          Accepted into the queue.{" "}
          <Link href={`/workspace/claims/${encodeURIComponent(accepted)}`} className="underline underline-offset-2">
            Open the claim
          </Link>
        </>
      ) : repeated ? (
        <>
          Recorded as a repeat: the verdict’s public page lists it under “Repeated since”.{" "}
          <Link href={`/workspace/claims/${encodeURIComponent(repeated)}`} className="underline underline-offset-2">
            Open the checked claim
          </Link>
        </>
      ) : (
        "Dismissed."
      )}
    </p>
  );
}
