import Link from "next/link";
import { notFound } from "next/navigation";
import { plural } from "@/lib/plural";
import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { PageHeader } from "@/components/ui/PageHeader";
import { ActivityTable } from "@/components/users/ActivityTable";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireStaffPage } from "@/lib/session";
import { getStaffMember, listRecentActivity } from "@/lib/users/queries";

export const metadata = { title: "Staff activity" };

type Props = { params: Promise<{ id: string }> };

export default async function StaffMemberPage({ params }: Props) {
  const { id } = await params;
  await requireStaffPage(`/moderation/users/${id}`);
  const [person, activity] = await Promise.all([getStaffMember(id), listRecentActivity(id)]);
  if (!person) notFound();
  const work = person._count;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation/users" className="underline underline-offset-2">
          ← Staff
        </Link>
      </p>
      <PageHeader
        title={person.name}
        description={
          <>
            {person.email} · {ROLE_LABELS[person.role]} · account since <FormattedDate date={person.createdAt} />
          </>
        }
      >
        {person.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>}
      </PageHeader>
      <p className="mb-6 max-w-prose text-sm text-slate-700">
        Attributed to {person.name}: {plural(work.verdictsAuthored, "verdict")} written, {work.verdictsApproved} approved,{" "}
        {plural(work.evidenceAdded, "piece of evidence", "pieces of evidence")}, {plural(work.claimsCreated, "claim")}.
        {person.active ? "" : " Deactivation keeps all of it attributed."}
      </p>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Recent activity</h2>
      <ActivityTable events={activity} />
    </>
  );
}
