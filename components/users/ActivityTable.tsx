import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import { auditActionLabel } from "@/lib/audit-actions";
import type { ActivityEvent } from "@/lib/users/queries";

/** A person's latest audit events: when, what, on which record. */
export function ActivityTable({ events }: { events: ActivityEvent[] }) {
  return (
    <Table caption="Recent activity, newest first">
      <TableHead>
        <Th>When</Th>
        <Th>Action</Th>
        <Th>Record</Th>
      </TableHead>
      <TableBody>
        {events.length === 0 ? <EmptyRow columns={3}>Nothing recorded yet.</EmptyRow> : null}
        {events.map((event) => (
          <Tr key={String(event.id)} hover={false}>
            <Td className="whitespace-nowrap">
              <FormattedDate date={event.createdAt} />
            </Td>
            <Td>{auditActionLabel(event.action)}</Td>
            <Td label="Record">
              {event.entityType} <span className="font-mono text-xs break-all text-slate-600">{event.entityId}</span>
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
