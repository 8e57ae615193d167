import { SourceTable } from "@/components/sources/SourceTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requestedPage, type ListSearchParams } from "@/lib/pagination";
import { listSourcesForModeration } from "@/lib/sources/queries";
import { guardStaffArea, staffPageMetadata } from "@/lib/staff-access";

export const generateMetadata = staffPageMetadata("Sources");

type Props = { searchParams: ListSearchParams };

export default async function ModerationSourcesPage({ searchParams }: Props) {
  await guardStaffArea(); // in every staff page, not only the layout: see lib/staff-access.ts
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
