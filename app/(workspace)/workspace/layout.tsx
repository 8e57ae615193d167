import { StaffShell } from "@/components/staff/StaffShell";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/session";

export const metadata = { robots: { index: false, follow: false } };

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Each page checks its own permission (layouts and pages render in parallel); the shell only
  // shows who is signed in.
  const user = await getCurrentUser();
  return (
    <StaffShell
      orgName={env().orgName}
      user={user}
      area="Workspace"
      sections={[
        { href: "/workspace", label: "Queue" },
        { href: "/workspace/today", label: "Today's claims" },
        { href: "/workspace/articles", label: "Articles" },
        { href: "/workspace/approvals", label: "Approvals" },
      ]}
    >
      {children}
    </StaffShell>
  );
}
