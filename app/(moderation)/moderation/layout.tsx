import { StaffShell } from "@/components/staff/StaffShell";
import { guardStaffArea } from "@/lib/staff-access";

export const metadata = { robots: { index: false, follow: false } };

export default async function ModerationLayout({ children }: { children: React.ReactNode }) {
  await guardStaffArea();
  return (
    <StaffShell
      area="Moderation"
      sections={[
        { href: "/moderation", label: "Sources" },
        { href: "/moderation/submissions", label: "Submissions" },
      ]}
    >
      {children}
    </StaffShell>
  );
}
