import { StaffShell } from "@/components/staff/StaffShell";
import { guardStaffArea } from "@/lib/staff-access";

export const metadata = { robots: { index: false, follow: false } };

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  await guardStaffArea();
  return (
    <StaffShell
      area="Workspace"
      sections={[
        { href: "/workspace", label: "Queue" },
        { href: "/workspace/articles", label: "Articles" },
      ]}
    >
      {children}
    </StaffShell>
  );
}
