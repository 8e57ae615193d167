import { PageHeader } from "@/components/ui/PageHeader";
import { DisplayNameForm } from "@/components/users/DisplayNameForm";
import { PasswordForm } from "@/components/users/PasswordForm";
import { SessionList } from "@/components/users/SessionList";
import { formatDate } from "@/lib/dates";
import { ROLE_LABELS } from "@/lib/permissions";
import { currentSessionId, requireStaffPage } from "@/lib/session";
import { getProfile, listOwnSessions } from "@/lib/users/queries";
import { endOtherSession, saveDisplayName, savePassword } from "./actions";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireStaffPage("/workspace/profile");
  const [profile, sessions, thisSession] = await Promise.all([getProfile(user.id), listOwnSessions(user.id), currentSessionId()]);
  const rows = sessions.map((session) => ({
    id: session.id,
    signedIn: `${formatDate(session.createdAt)}, ${session.createdAt.toISOString().slice(11, 16)} UTC`,
    browser: session.userAgent ?? "Unknown browser",
    current: session.id === thisSession,
  }));
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
      <section aria-labelledby="sessions-heading" className="mt-10">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold text-slate-900">
          Where you are signed in
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">
          Each browser you signed in with, for up to 7 days. Sign out one you no longer use or do not recognise; change your password if you
          do not recognise it.
        </p>
        <SessionList sessions={rows} action={endOtherSession} />
      </section>
    </>
  );
}
