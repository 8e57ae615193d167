import { ClaimTable } from "@/components/claims/ClaimTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listClaimsForWorkspace } from "@/lib/claims/queries";
import { requestedPage, type ListSearchParams } from "@/lib/pagination";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Claim queue" };

type Props = { searchParams: ListSearchParams };

export default async function WorkspaceQueuePage({ searchParams }: Props) {
  await requireStaffPage("/workspace");
  const { items, page, pageCount, total } = await listClaimsForWorkspace(await requestedPage(searchParams));

  return (
    <>
      <PageHeader title="Claim queue" description="Every claim, most recently updated first." />
      <ClaimTable claims={items} />
      <Pagination basePath="/workspace" page={page} pageCount={pageCount} total={total} noun="claims" />
    </>
  );
}
