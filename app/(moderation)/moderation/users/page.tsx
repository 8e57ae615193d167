import { PageHeader } from "@/components/ui/PageHeader";
import { InvitationTable } from "@/components/users/InvitationTable";
import { InviteForm } from "@/components/users/InviteForm";
import { StaffTable } from "@/components/users/StaffTable";
import { listOpenInvitations } from "@/lib/invitations/queries";
import { can, ROLES } from "@/lib/permissions";
import { requireStaffPage } from "@/lib/session";
import { listStaff } from "@/lib/users/queries";
import { saveActive, saveRole, sendInvitation, withdrawInvitation } from "./actions";

export const metadata = { title: "Staff" };

export default async function StaffPage() {
  const viewer = await requireStaffPage("/moderation/users");
  const [staff, invitations] = await Promise.all([listStaff(), listOpenInvitations()]);
  // Moderators invite reviewers; admins anyone.
  const grantable = can(viewer.role, "users.manage_all") ? ROLES : (["REVIEWER"] as const);
  return (
    <>
      <PageHeader
        title="Staff"
        description="Who can sign in. Deactivated people keep their work attributed to them and are signed out at once."
      />
      <section aria-labelledby="invite-heading" className="mb-10">
        <h2 id="invite-heading" className="mb-1 text-lg font-semibold text-slate-900">
          Invite someone
        </h2>
        <p className="mb-3 max-w-prose text-sm text-slate-600">
          They get a link that lets them set a password once, within 7 days. Nobody can sign up without one.
        </p>
        <InviteForm roles={grantable} action={sendInvitation} />
      </section>
      <section aria-labelledby="invitations-heading" className="mb-10">
        <h2 id="invitations-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Open invitations
        </h2>
        <InvitationTable invitations={invitations} viewer={viewer} revoke={withdrawInvitation} />
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Accounts
        </h2>
        <StaffTable staff={staff} viewer={viewer} actions={{ saveRole, saveActive }} />
      </section>
    </>
  );
}
