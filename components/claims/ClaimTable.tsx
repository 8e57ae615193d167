import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, NoValue, Table, TableBody, TableHead, Td, Th } from "@/components/ui/Table";
import { claimStatusLabel } from "@/lib/claims/labels";
import type { WorkspaceClaim } from "@/lib/claims/queries";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const statusTone: Record<ClaimStatus, BadgeTone> = {
  NEW: "blue",
  IN_REVIEW: "amber",
  PUBLISHED: "green",
  DISMISSED: "neutral",
};

export function ClaimTable({ claims }: { claims: WorkspaceClaim[] }) {
  return (
    <Table caption="Claims, newest first">
      <TableHead>
        <Th>Claim</Th>
        <Th>Claimant</Th>
        <Th>Status</Th>
        <Th align="right">Score</Th>
        <Th>Assignee</Th>
        <Th>Updated</Th>
      </TableHead>
      <TableBody>
        {claims.length === 0 ? <EmptyRow columns={6}>No claims yet.</EmptyRow> : null}
        {claims.map((claim) => (
          <tr key={claim.id} className="hover:bg-slate-50">
            <Td className="max-w-md min-w-64">
              <span className="line-clamp-3 leading-snug">{claim.text}</span>
            </Td>
            <Td>{claim.claimant?.name ?? <NoValue label="No claimant" />}</Td>
            <Td>
              <Badge tone={statusTone[claim.status]}>{claimStatusLabel[claim.status]}</Badge>
            </Td>
            <Td align="right" className="font-mono tabular-nums">
              {claim.checkworthiness === null ? <NoValue label="No score" /> : claim.checkworthiness.toFixed(2)}
            </Td>
            <Td>{claim.assignee?.name ?? <span className="text-slate-600">Unassigned</span>}</Td>
            <Td className="whitespace-nowrap">
              <FormattedDate date={claim.updatedAt} />
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
