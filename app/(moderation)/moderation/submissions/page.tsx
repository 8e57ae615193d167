import Link from "next/link";
import { SpamBulkForm } from "@/components/submissions/TriageForms";
import { SubmissionTable } from "@/components/submissions/SubmissionTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { parsePage, type ListSearchParams } from "@/lib/pagination";
import { requireStaffPage } from "@/lib/session";
import { submissionStatusLabel } from "@/lib/submissions/labels";
import { listSubmissionsForModeration } from "@/lib/submissions/queries";
import { rejectAsSpam } from "./actions";

export const metadata = { title: "Submissions" };

type Props = { searchParams: ListSearchParams };

const FILTERS = ["NEW", "ACCEPTED", "DUPLICATE", "REJECTED", "ALL"] as const;
type Filter = (typeof FILTERS)[number];

export default async function ModerationSubmissionsPage({ searchParams }: Props) {
  await requireStaffPage("/moderation/submissions");
  const params = await searchParams;
  const requested = typeof params.status === "string" ? params.status.toUpperCase() : "NEW";
  // The page opens on what is waiting for triage.
  const filter: Filter = (FILTERS as readonly string[]).includes(requested) ? (requested as Filter) : "NEW";
  const status = filter === "ALL" ? undefined : (filter as SubmissionStatus);
  const { items, page, pageCount, total } = await listSubmissionsForModeration(parsePage(params.page), status);
  const hrefFor = (value: Filter) =>
    value === "NEW" ? "/moderation/submissions" : `/moderation/submissions?status=${value.toLowerCase()}`;

  return (
    <>
      <PageHeader
        title="Submissions"
        description="Claims sent in by readers, newest first. Open one to accept, mark as duplicate or reject it."
      />
      <nav aria-label="Submission status" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((value) => (
            <li key={value}>
              <Link
                href={hrefFor(value)}
                aria-current={value === filter ? "page" : undefined}
                className="rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
              >
                {value === "ALL" ? "All" : submissionStatusLabel[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {filter === "NEW" ? (
        <SpamBulkForm action={rejectAsSpam}>
          <SubmissionTable submissions={items} selectable />
        </SpamBulkForm>
      ) : (
        <SubmissionTable submissions={items} />
      )}
      <Pagination
        basePath="/moderation/submissions"
        page={page}
        pageCount={pageCount}
        total={total}
        noun="submissions"
        one="submission"
        query={filter === "NEW" ? undefined : new URLSearchParams({ status: filter.toLowerCase() })}
      />
    </>
  );
}
