import { SourceTable } from "@/components/sources/SourceTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requestedPage, type ListSearchParams } from "@/lib/pagination";
import { listSourcesForModeration } from "@/lib/sources/queries";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Sources" };

type Props = { searchParams: ListSearchParams };

export default async function ModerationSourcesPage({ searchParams }: Props) {
  await requireStaffPage("/moderation");
  const { items, page, pageCount, total } = await listSourcesForModeration(await requestedPage(searchParams));

  return (
    <>
      <PageHeader
        title="Sources"
        description="The source registry: how reliable each publisher is and whether it may be cited."
      />
      <SourceTable sources={items} />
      <Pagination basePath="/moderation" page={page} pageCount={pageCount} total={total} noun="sources" />
    </>
  );
}
