import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { MutationResult } from "@/lib/mutation";
import { can, mayManageAccount, ROLE_LABELS } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { StaffListItem } from "@/lib/users/queries";
import { ActiveToggle, RoleForm } from "./StaffActions";

type Action = (previous: MutationResult<{ version: number }> | null, form: FormData) => Promise<MutationResult<{ version: number }>>;

export function StaffTable({
  staff,
  viewer,
  actions,
}: {
  staff: StaffListItem[];
  viewer: CurrentUser;
  actions: { saveRole: Action; saveActive: Action };
}) {
  return (
    <Table caption="Staff accounts">
      <TableHead>
        <Th>Name</Th>
        <Th>Email</Th>
        <Th>Role</Th>
        <Th>Status</Th>
        <Th>Last activity</Th>
        <Th>Actions</Th>
      </TableHead>
      <TableBody>
        {staff.map((person) => (
          <Tr key={person.id} hover={false} data-testid={`staff-${person.email}`}>
            <Td className="font-medium text-slate-900">
              <Link href={`/moderation/users/${person.id}`} className="underline underline-offset-2 hover:decoration-2">
                {person.name}
              </Link>
            </Td>
            <Td className="break-all">{person.email}</Td>
            <Td label="Role" wide>
              {can(viewer.role, "users.manage_all") && person.id !== viewer.id ? (
                <RoleForm person={person} action={actions.saveRole} />
              ) : (
                ROLE_LABELS[person.role]
              )}
            </Td>
            <Td>{person.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>}</Td>
            <Td label="Last activity">{person.auditEvents[0] ? <FormattedDate date={person.auditEvents[0].createdAt} /> : "—"}</Td>
            <Td wide>{mayManageAccount(viewer, person) ? <ActiveToggle person={person} action={actions.saveActive} /> : null}</Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
