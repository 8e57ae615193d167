import { SubmissionTable } from "@/components/submissions/SubmissionTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requestedPage, type ListSearchParams } from "@/lib/pagination";
import { requireStaffPage } from "@/lib/session";
import { listSubmissionsForModeration } from "@/lib/submissions/queries";

export const metadata = { title: "Submissions" };

type Props = { searchParams: ListSearchParams };

export default async function ModerationSubmissionsPage({ searchParams }: Props) {
  await requireStaffPage("/moderation/submissions");
  const { items, page, pageCount, total } = await listSubmissionsForModeration(await requestedPage(searchParams));

  return (
    <>
      <PageHeader title="Submissions" description="Claims sent in by readers, newest first." />
      <SubmissionTable submissions={items} />
      <Pagination
        basePath="/moderation/submissions"
        page={page}
        pageCount={pageCount}
        total={total}
        noun="submissions"
      />
    </>
  );
}
