import Link from "next/link";
import { formatScore } from "@/lib/score-percent";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, NoValue, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { QueueClaim } from "@/lib/claims/queries";
import { ClaimStatusBadge } from "./ClaimStatusBadge";
import { ClaimWorkActions, type ClaimWorkActionsProps } from "./ClaimWorkActions";

/** The queue's rows: the claim and where it was seen, its state, and the actions on it. */
export function ClaimTable({
  claims,
  caption,
  viewerId,
  staff,
  actions,
}: {
  claims: QueueClaim[];
  caption: string;
  viewerId: string;
  staff: ClaimWorkActionsProps["staff"];
  actions: ClaimWorkActionsProps["actions"];
}) {
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>Claim</Th>
        <Th>Claimant</Th>
        <Th>Status</Th>
        <Th align="right">Score</Th>
        <Th>Assignee</Th>
        <Th>Updated</Th>
        <Th>Actions</Th>
      </TableHead>
      <TableBody>
        {claims.length === 0 ? <EmptyRow columns={7}>No claims match these filters.</EmptyRow> : null}
        {claims.map((claim) => {
          const first = claim.appearances[0];
          return (
            <Tr key={claim.id}>
              <Td className="sm:max-w-md sm:min-w-64">
                <Link
                  href={`/workspace/claims/${claim.id}`}
                  className="line-clamp-3 leading-snug font-medium text-slate-900 underline-offset-2 hover:underline"
                >
                  {claim.text}
                </Link>
                {first ? (
                  <p className="mt-1 text-xs leading-snug text-slate-600">
                    <span className="line-clamp-2">“{first.exact}”</span>
                    <span className="italic">{first.article.title}</span>
                  </p>
                ) : null}
              </Td>
              <Td label="Claimant">{claim.claimant?.name ?? <NoValue label="No claimant" />}</Td>
              <Td>
                <ClaimStatusBadge status={claim.status} reopened={claim.verdicts.length > 0} />
              </Td>
              <Td label="Score" align="right" className="font-mono tabular-nums">
                {claim.checkworthiness === null ? <NoValue label="No score" /> : formatScore(claim.checkworthiness)}
              </Td>
              <Td label="Assignee">{claim.assignee?.name ?? <span className="text-slate-600">Unassigned</span>}</Td>
              <Td label="Updated" className="whitespace-nowrap">
                <FormattedDate date={claim.updatedAt} />
              </Td>
              <Td wide>
                <ClaimWorkActions
                  compact
                  claim={{
                    id: claim.id,
                    text: claim.text,
                    status: claim.status,
                    version: claim.version,
                    assigneeId: claim.assignee?.id ?? null,
                  }}
                  viewerId={viewerId}
                  staff={staff}
                  actions={actions}
                />
              </Td>
            </Tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
