import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { EmptyRow, Table, TableBody, TableHead, Td, Th } from "@/components/ui/Table";
import type { SourceStatus } from "@/lib/generated/prisma/enums";
import { sourceKindLabel, sourceStatusLabel } from "@/lib/sources/labels";
import type { ModerationSource } from "@/lib/sources/queries";

const statusTone: Record<SourceStatus, BadgeTone> = { ACTIVE: "neutral", WATCH: "amber", BLOCKED: "red" };

export function SourceTable({ sources }: { sources: ModerationSource[] }) {
  return (
    <Table caption="Source registry">
      <TableHead>
        <Th>Name</Th>
        <Th>Domain</Th>
        <Th>Kind</Th>
        <Th>Reliability</Th>
        <Th>Status</Th>
      </TableHead>
      <TableBody>
        {sources.length === 0 ? <EmptyRow columns={5}>No sources yet.</EmptyRow> : null}
        {sources.map((source) => (
          <tr key={source.id} className="hover:bg-slate-50">
            <Td className="font-medium">{source.name}</Td>
            <Td className="font-mono text-[0.8rem]">{source.domain}</Td>
            <Td>{sourceKindLabel[source.kind]}</Td>
            <Td>
              <ReliabilityBadge reliability={source.reliability} />
            </Td>
            <Td>
              <Badge tone={statusTone[source.status]}>{sourceStatusLabel[source.status]}</Badge>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
