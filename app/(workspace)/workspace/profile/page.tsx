import { PageHeader } from "@/components/ui/PageHeader";
import { DisplayNameForm } from "@/components/users/DisplayNameForm";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireStaffPage } from "@/lib/session";
import { getProfile } from "@/lib/users/queries";
import { saveDisplayName } from "./actions";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireStaffPage("/workspace/profile");
  const profile = await getProfile(user.id);
  return (
    <>
      <PageHeader title="Your profile" description={`${profile.email} · ${ROLE_LABELS[profile.role]}`} />
      <DisplayNameForm name={profile.name} version={profile.version} action={saveDisplayName} />
    </>
  );
}
