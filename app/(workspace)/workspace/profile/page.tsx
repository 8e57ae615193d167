import { PageHeader } from "@/components/ui/PageHeader";
import { DisplayNameForm } from "@/components/users/DisplayNameForm";
import { PasswordForm } from "@/components/users/PasswordForm";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireStaffPage } from "@/lib/session";
import { getProfile } from "@/lib/users/queries";
import { saveDisplayName, savePassword } from "./actions";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireStaffPage("/workspace/profile");
  const profile = await getProfile(user.id);
  return (
    <>
      <PageHeader title="Your profile" description={`${profile.email} · ${ROLE_LABELS[profile.role]}`} />
      <section aria-labelledby="name-heading">
        <h2 id="name-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Name
        </h2>
        <DisplayNameForm name={profile.name} version={profile.version} action={saveDisplayName} />
      </section>
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Password
        </h2>
        <PasswordForm action={savePassword} />
      </section>
    </>
  );
}
