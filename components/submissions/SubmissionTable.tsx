import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, Table, TableBody, TableHead, Td, Th } from "@/components/ui/Table";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { submissionStatusLabel } from "@/lib/submissions/labels";
import type { ModerationSubmission } from "@/lib/submissions/queries";

const statusTone: Record<SubmissionStatus, BadgeTone> = {
  NEW: "blue",
  ACCEPTED: "green",
  DUPLICATE: "neutral",
  REJECTED: "red",
};

// The submitter's contact email is never shown here (nor selected by the query).
export function SubmissionTable({ submissions }: { submissions: ModerationSubmission[] }) {
  return (
    <Table caption="Submissions, newest first">
      <TableHead>
        <Th>Claim</Th>
        <Th>Status</Th>
        <Th>Received</Th>
      </TableHead>
      <TableBody>
        {submissions.length === 0 ? <EmptyRow columns={3}>No submissions yet.</EmptyRow> : null}
        {submissions.map((submission) => (
          <tr key={submission.id} className="hover:bg-slate-50">
            <Td className="max-w-xl min-w-64">
              <span className="line-clamp-3 leading-snug">{submission.claimText}</span>
            </Td>
            <Td>
              <Badge tone={statusTone[submission.status]}>{submissionStatusLabel[submission.status]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              <FormattedDate date={submission.createdAt} />
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
