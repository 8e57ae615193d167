import { connection } from "next/server";
import { SourceTable } from "@/components/sources/SourceTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { parsePage } from "@/lib/pagination";
import { listSourcesForModeration } from "@/lib/sources/queries";
import { guardStaffArea, staffPageMetadata } from "@/lib/staff-access";

export const generateMetadata = staffPageMetadata("Sources");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationSourcesPage({ searchParams }: Props) {
  await connection();
  // Layouts render in parallel with their page, so the layout's guard alone would still stream
  // this page's data; every staff page checks for itself.
  await guardStaffArea();
  const { page: pageParam } = await searchParams;
  const { items, page, pageCount, total } = await listSourcesForModeration(parsePage(pageParam));

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
