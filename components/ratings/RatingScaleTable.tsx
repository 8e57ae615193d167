import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { Badge } from "@/components/ui/Badge";
import { NoValue, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
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
      </TableHead>
      <TableBody>
        {ratings.map((rating) => (
          <Tr key={rating.id} hover={!rating.retiredAt} className={rating.retiredAt ? "bg-slate-50 text-slate-600" : ""}>
            <Td className="sm:min-w-52">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <RatingBadge rating={rating} />
                {/* In the first column, so that it is on screen without scrolling sideways on a phone. */}
                <Link href={`/moderation/ratings/${rating.id}`} className="text-sm font-medium text-slate-900 underline underline-offset-2">
                  Edit<span className="sr-only"> {rating.label}</span>
                </Link>
              </div>
              <p className="mt-1 max-w-sm text-xs leading-snug text-slate-600">{rating.description}</p>
            </Td>
            <Td label="Key" className="font-mono text-[0.8rem] whitespace-nowrap">
              {rating.key}
            </Td>
            <Td label="Truth scale" align="right" className="tabular-nums">
              {rating.ordinal ?? <NoValue label="Not on the truth scale" />}
            </Td>
            <Td label="Position" align="right" className="tabular-nums">
              {rating.position}
            </Td>
            <Td label="Published verdicts" align="right" className="tabular-nums">
              {rating.publishedVerdicts}
            </Td>
            <Td>{rating.retiredAt ? <Badge>Retired</Badge> : <Badge tone="green">In use</Badge>}</Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
