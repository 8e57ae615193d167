import { ClaimantTable } from "@/components/claimants/ClaimantTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { getClaimantName, listClaimantsForModeration } from "@/lib/claimants/queries";
import { parsePage, type ListSearchParams } from "@/lib/pagination";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Claimants" };

type Props = { searchParams: ListSearchParams };

export default async function ModerationClaimantsPage({ searchParams }: Props) {
  await requireStaffPage("/moderation/claimants");
  const params = await searchParams;
  const q = (firstValue(params, "q") ?? "").slice(0, 200);
  const mergedInto = firstValue(params, "merged");
  const [{ items, page, pageCount, total }, survivor] = await Promise.all([
    listClaimantsForModeration(q, parsePage(params.page)),
    mergedInto ? getClaimantName(mergedInto) : null,
  ]);
  const claimsMoved = Number(firstValue(params, "claims") ?? 0);

  return (
    <>
      <PageHeader
        title="Claimants"
        description="People and organisations whose claims the desk checks. Merge two entries that are the same claimant; the merged one's page and name then lead to the one kept."
      />
      {survivor ? (
        <p role="status" className="mb-5 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Merged into {survivor.name}: {claimsMoved} {claimsMoved === 1 ? "claim" : "claims"} moved.
        </p>
      ) : null}
      <form
        action="/moderation/claimants"
        method="get"
        role="search"
        aria-label="Claimants"
        className="mb-5 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="claimants-q" className="block text-sm font-medium text-slate-800">
            Name
          </label>
          <input
            id="claimants-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
          />
        </div>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
          Search
        </button>
      </form>
      <ClaimantTable claimants={items} filtered={q !== ""} />
      <Pagination
        basePath="/moderation/claimants"
        page={page}
        pageCount={pageCount}
        total={total}
        noun="claimants"
        one="claimant"
        query={new URLSearchParams(q ? { q } : {})}
      />
    </>
  );
}
