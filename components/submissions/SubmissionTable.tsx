import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { submissionStatusLabel } from "@/lib/submissions/labels";
import type { ModerationSubmission } from "@/lib/submissions/queries";
import { shorten } from "@/lib/text";

export const submissionStatusTone: Record<SubmissionStatus, BadgeTone> = {
  NEW: "blue",
  ACCEPTED: "green",
  DUPLICATE: "neutral",
  REJECTED: "red",
};

// The submitter's contact email is never shown here (nor selected by the query).
export function SubmissionTable({ submissions, selectable = false }: { submissions: ModerationSubmission[]; selectable?: boolean }) {
  const columns = selectable ? 4 : 3;
  return (
    <Table caption="Submissions, newest first">
      <TableHead>
        {selectable ? (
          <Th>
            <span className="sr-only">Select</span>
          </Th>
        ) : null}
        <Th>Claim</Th>
        <Th>Status</Th>
        <Th>Received</Th>
      </TableHead>
      <TableBody>
        {submissions.length === 0 ? <EmptyRow columns={columns}>No submissions here.</EmptyRow> : null}
        {submissions.map((submission) => (
          <Tr key={submission.id} data-testid={`submission-${submission.id}`}>
            {selectable ? (
              <Td control className="w-10">
                <input
                  type="checkbox"
                  name="submissionIds"
                  value={submission.id}
                  aria-label={`Select “${shorten(submission.claimText, 80)}”`}
                  className="size-4"
                  disabled={submission.status !== "NEW"}
                />
              </Td>
            ) : null}
            <Td wide className="sm:max-w-xl sm:min-w-64">
              <Link
                href={`/moderation/submissions/${submission.id}`}
                className="line-clamp-3 leading-snug underline-offset-2 hover:underline"
              >
                {submission.claimText}
              </Link>
            </Td>
            <Td>
              <Badge tone={submissionStatusTone[submission.status]}>{submissionStatusLabel[submission.status]}</Badge>
            </Td>
            <Td label="Received" className="whitespace-nowrap">
              <FormattedDate date={submission.createdAt} />
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
