import { connection } from "next/server";
import { ClaimTable } from "@/components/claims/ClaimTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listClaimsForWorkspace } from "@/lib/claims/queries";
import { parsePage } from "@/lib/pagination";
import { guardStaffArea, staffPageMetadata } from "@/lib/staff-access";

export const generateMetadata = staffPageMetadata("Claim queue");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkspaceQueuePage({ searchParams }: Props) {
  await connection();
  // Layouts render in parallel with their page, so the layout's guard alone would still stream
  // this page's data; every staff page checks for itself.
  await guardStaffArea();
  const { page: pageParam } = await searchParams;
  const { items, page, pageCount, total } = await listClaimsForWorkspace(parsePage(pageParam));

  return (
    <>
      <PageHeader title="Claim queue" description="Every claim, most recently updated first." />
      <ClaimTable claims={items} />
      <Pagination basePath="/workspace" page={page} pageCount={pageCount} total={total} noun="claims" />
    </>
  );
}
