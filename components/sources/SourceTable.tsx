import Link from "next/link";
import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { SourceStatus } from "@/lib/generated/prisma/enums";
import { sourceKindLabel, sourceStatusLabel } from "@/lib/sources/labels";
import type { ModerationSource } from "@/lib/sources/queries";

export const sourceStatusTone: Record<SourceStatus, BadgeTone> = { ACTIVE: "neutral", WATCH: "amber", BLOCKED: "red" };

export function SourceTable({ sources, filtered = false }: { sources: ModerationSource[]; filtered?: boolean }) {
  return (
    <Table caption="Source registry">
      <TableHead>
        <Th>Name</Th>
        <Th>Domain</Th>
        <Th>Kind</Th>
        <Th>Reliability</Th>
        <Th>Status</Th>
        <Th align="right">Cited</Th>
        <Th align="right">Articles</Th>
      </TableHead>
      <TableBody>
        {sources.length === 0 ? <EmptyRow columns={7}>{filtered ? "No source matches these filters." : "No sources yet."}</EmptyRow> : null}
        {sources.map((source) => (
          <Tr key={source.id}>
            <Td className="font-medium sm:min-w-44">
              <Link href={`/moderation/sources/${source.id}`} className="text-slate-900 underline underline-offset-2 hover:decoration-2">
                {source.name}
              </Link>
            </Td>
            <Td className="font-mono text-[0.8rem] break-all">{source.domain}</Td>
            <Td label="Kind">{sourceKindLabel[source.kind]}</Td>
            <Td>
              <ReliabilityBadge reliability={source.reliability} />
            </Td>
            <Td>
              <Badge tone={sourceStatusTone[source.status]}>{sourceStatusLabel[source.status]}</Badge>
            </Td>
            <Td label="Cited" align="right" className="tabular-nums">
              {source._count.evidence}
            </Td>
            <Td label="Articles" align="right" className="tabular-nums">
              {source._count.articles}
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
