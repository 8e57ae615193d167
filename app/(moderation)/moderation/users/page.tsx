import { PageHeader } from "@/components/ui/PageHeader";
import { StaffTable } from "@/components/users/StaffTable";
import { requireStaffPage } from "@/lib/session";
import { listStaff } from "@/lib/users/queries";
import { saveActive, saveRole } from "./actions";

export const metadata = { title: "Staff" };

export default async function StaffPage() {
  const viewer = await requireStaffPage("/moderation/users");
  const staff = await listStaff();
  return (
    <>
      <PageHeader
        title="Staff"
        description="Who can sign in. Deactivated people keep their work attributed to them and are signed out at once."
      />
      <StaffTable staff={staff} viewer={viewer} actions={{ saveRole, saveActive }} />
    </>
  );
}
