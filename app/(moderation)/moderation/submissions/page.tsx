import { connection } from "next/server";
import { SubmissionTable } from "@/components/submissions/SubmissionTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { parsePage } from "@/lib/pagination";
import { guardStaffArea, staffPageMetadata } from "@/lib/staff-access";
import { listSubmissionsForModeration } from "@/lib/submissions/queries";

export const generateMetadata = staffPageMetadata("Submissions");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationSubmissionsPage({ searchParams }: Props) {
  await connection();
  // Layouts render in parallel with their page, so the layout's guard alone would still stream
  // this page's data; every staff page checks for itself.
  await guardStaffArea();
  const { page: pageParam } = await searchParams;
  const { items, page, pageCount, total } = await listSubmissionsForModeration(parsePage(pageParam));

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
