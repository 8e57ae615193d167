import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { MutationResult } from "@/lib/mutation";
import { can, ROLE_LABELS } from "@/lib/permissions";
import type { OpenInvitation } from "@/lib/invitations/queries";
import { invitationState } from "@/lib/invitations/state";
import type { CurrentUser } from "@/lib/session";
import { RevokeInvitationButton } from "./StaffActions";

type Action = (
  previous: MutationResult<{ invitationId: string }> | null,
  form: FormData,
) => Promise<MutationResult<{ invitationId: string }>>;

/** Invitations not yet accepted or revoked; expired ones stay listed so the inviter sees why. */
export function InvitationTable({ invitations, viewer, revoke }: { invitations: OpenInvitation[]; viewer: CurrentUser; revoke: Action }) {
  return (
    <Table caption="Open invitations">
      <TableHead>
        <Th>Name</Th>
        <Th>Email</Th>
        <Th>Role</Th>
        <Th>Invited by</Th>
        <Th>Expires</Th>
        <Th>Actions</Th>
      </TableHead>
      <TableBody>
        {invitations.length === 0 ? <EmptyRow columns={6}>No open invitations.</EmptyRow> : null}
        {invitations.map((invitation) => {
          const expired = invitationState({ ...invitation, acceptedAt: null, revokedAt: null }) === "expired";
          return (
            <Tr key={invitation.id} hover={false} data-testid={`invitation-${invitation.email}`}>
              <Td className="font-medium text-slate-900">{invitation.name}</Td>
              <Td className="break-all">{invitation.email}</Td>
              <Td label="Role">{ROLE_LABELS[invitation.role]}</Td>
              <Td label="Invited by">{invitation.invitedBy.name}</Td>
              <Td label="Expires" className="whitespace-nowrap">
                {expired ? <Badge tone="amber">Expired</Badge> : <FormattedDate date={invitation.expiresAt} />}
              </Td>
              <Td wide>
                {invitation.role === "REVIEWER" || can(viewer.role, "users.manage_all") ? (
                  <RevokeInvitationButton invitation={invitation} action={revoke} />
                ) : null}
              </Td>
            </Tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
