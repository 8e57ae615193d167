import { StaffShell } from "@/components/staff/StaffShell";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/session";

export const metadata = { robots: { index: false, follow: false } };

export default async function ModerationLayout({ children }: { children: React.ReactNode }) {
  // Each page checks its own permission (layouts and pages render in parallel); the shell only
  // shows who is signed in.
  const user = await getCurrentUser();
  return (
    <StaffShell
      orgName={env().orgName}
      user={user}
      area="Moderation"
      sections={[
        { href: "/moderation", label: "Sources" },
        { href: "/moderation/claimants", label: "Claimants" },
        { href: "/moderation/submissions", label: "Submissions" },
        { href: "/moderation/users", label: "Staff" },
        { href: "/moderation/ratings", label: "Ratings" },
        { href: "/moderation/health", label: "Health" },
      ]}
    >
      {children}
    </StaffShell>
  );
}
