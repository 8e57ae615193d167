import Link from "next/link";
import { SourceFilters } from "@/components/sources/SourceFilters";
import { SourceTable } from "@/components/sources/SourceTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { can } from "@/lib/permissions";
import { parsePage, type ListSearchParams } from "@/lib/pagination";
import { firstValue } from "@/lib/search/filters";
import { listSourcesForModeration } from "@/lib/sources/queries";
import { sourceFiltersSchema } from "@/lib/sources/schemas";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Sources" };

type Props = { searchParams: ListSearchParams };

export default async function ModerationSourcesPage({ searchParams }: Props) {
  const user = await requireStaffPage("/moderation");
  const params = await searchParams;
  const filters = sourceFiltersSchema.parse({
    q: firstValue(params, "q") ?? "",
    kind: firstValue(params, "kind") || undefined,
    reliability: firstValue(params, "reliability") || undefined,
    status: firstValue(params, "status") || undefined,
  });
  const { items, page, pageCount, total } = await listSourcesForModeration(parsePage(params.page), filters);
  // Pagination links keep the search and filters.
  const query = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""),
  );

  return (
    <>
      <PageHeader title="Sources" description="The source registry: how reliable each publisher is and whether it may be cited.">
        {can(user.role, "sources.manage") ? (
          <Link
            href="/moderation/sources/new"
            className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700"
          >
            Add a source
          </Link>
        ) : null}
      </PageHeader>
      <SourceFilters filters={filters} />
      <SourceTable sources={items} filtered={query.size > 0} />
      <Pagination basePath="/moderation" page={page} pageCount={pageCount} total={total} noun="sources" one="source" query={query} />
    </>
  );
}
