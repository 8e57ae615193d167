import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { AwaitingApproval } from "@/lib/verdicts/workspace-queries";
import { RatingBadge } from "./RatingBadge";

export function ApprovalTable({ caption, items, empty }: { caption: string; items: AwaitingApproval[]; empty: string }) {
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>Claim</Th>
        <Th>What</Th>
        <Th>Rating</Th>
        <Th>Author</Th>
        <Th>Since</Th>
      </TableHead>
      <TableBody>
        {items.length === 0 ? <EmptyRow columns={5}>{empty}</EmptyRow> : null}
        {items.map((item) => (
          <Tr key={item.key}>
            <Td className="sm:max-w-md sm:min-w-64">
              <Link
                href={`/workspace/claims/${item.claim.id}/verdict`}
                className="line-clamp-3 leading-snug font-medium text-slate-900 underline underline-offset-2 hover:decoration-2"
              >
                {item.claim.text}
              </Link>
              {item.summary ? <span className="mt-1 line-clamp-2 block text-slate-600">{item.summary}</span> : null}
            </Td>
            <Td>
              <Badge tone={item.what === "New verdict" ? "blue" : item.what === "Correction" ? "amber" : "neutral"}>{item.what}</Badge>
            </Td>
            <Td label="Rating">
              <RatingBadge rating={item.rating} />
            </Td>
            <Td label="Author">{item.author.name}</Td>
            <Td label="Since" className="whitespace-nowrap">
              <FormattedDate date={item.since} />
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
