import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { Badge } from "@/components/ui/Badge";
import { NoValue, Table, TableBody, TableHead, Td, Th } from "@/components/ui/Table";
import type { AdminRating } from "@/lib/ratings/queries";

/** The whole rating scale for admins, retired ratings included, with how many verdicts use each. */
export function RatingScaleTable({ ratings }: { ratings: AdminRating[] }) {
  return (
    <Table caption="Rating scale">
      <TableHead>
        <Th>Rating</Th>
        <Th>Key</Th>
        <Th align="right">Truth scale</Th>
        <Th align="right">Position</Th>
        <Th align="right">Published verdicts</Th>
        <Th>Status</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {ratings.map((rating) => (
          <tr key={rating.id} className={rating.retiredAt ? "bg-slate-50 text-slate-600" : "hover:bg-slate-50"}>
            <Td className="min-w-48">
              <RatingBadge rating={rating} />
              <p className="mt-1 max-w-sm text-xs leading-snug text-slate-600">{rating.description}</p>
            </Td>
            <Td className="font-mono text-[0.8rem]">{rating.key}</Td>
            <Td align="right" className="tabular-nums">
              {rating.ordinal ?? <NoValue label="Not on the truth scale" />}
            </Td>
            <Td align="right" className="tabular-nums">
              {rating.position}
            </Td>
            <Td align="right" className="tabular-nums">
              {rating.publishedVerdicts}
            </Td>
            <Td>{rating.retiredAt ? <Badge>Retired</Badge> : <Badge tone="green">In use</Badge>}</Td>
            <Td>
              <Link href={`/moderation/ratings/${rating.id}`} className="font-medium text-slate-900 underline underline-offset-2">
                Edit<span className="sr-only"> {rating.label}</span>
              </Link>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
