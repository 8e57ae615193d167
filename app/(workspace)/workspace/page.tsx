import { ClaimTable } from "@/components/claims/ClaimTable";
import { QueueFilters } from "@/components/claims/QueueFilters";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listClaimChoices } from "@/lib/claims/desk";
import { listClaimsForQueue, listPublishers, parseQueueFilters, QUEUE_MATCH_LIMIT, queueQuery } from "@/lib/claims/queries";
import type { ListSearchParams } from "@/lib/pagination";
import { requireStaffPage } from "@/lib/session";
import { saveAssignee, saveDismissal, saveReopening } from "./claims/actions";

export const metadata = { title: "Claim queue" };

type Props = { searchParams: ListSearchParams };

export default async function WorkspaceQueuePage({ searchParams }: Props) {
  const viewer = await requireStaffPage("/workspace");
  const filters = parseQueueFilters(await searchParams);
  const [{ items, page, pageCount, total, capped }, choices, sources] = await Promise.all([
    listClaimsForQueue(filters, viewer.id),
    listClaimChoices(),
    listPublishers(),
  ]);

  return (
    <>
      <PageHeader
        title="Claim queue"
        description="Claims waiting for a check. Take one, hand it to a colleague, or dismiss it with a reason."
      />
      <QueueFilters filters={filters} topics={choices.topics} staff={choices.staff} sources={sources} />
      <ClaimTable
        claims={items}
        caption={filters.q ? `Claims matching “${filters.q}”` : "Claims matching the filters"}
        viewerId={viewer.id}
        staff={choices.staff}
        actions={{ assign: saveAssignee, dismiss: saveDismissal, reopen: saveReopening }}
      />
      <Pagination
        basePath="/workspace"
        page={page}
        pageCount={pageCount}
        total={capped ? `more than ${QUEUE_MATCH_LIMIT.toLocaleString("en-GB")}` : total}
        noun="claims"
        one="claim"
        query={queueQuery(filters)}
      />
    </>
  );
}
