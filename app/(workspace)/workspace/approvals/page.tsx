import { PageHeader } from "@/components/ui/PageHeader";
import { ApprovalTable } from "@/components/verdicts/ApprovalTable";
import { requireStaffPage } from "@/lib/session";
import { listAwaitingApproval } from "@/lib/verdicts/workspace-queries";

export const metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const user = await requireStaffPage("/workspace/approvals");
  const waiting = await listAwaitingApproval();
  const mine = waiting.filter((item) => item.author.id === user.id);
  const others = waiting.filter((item) => item.author.id !== user.id);

  return (
    <>
      <PageHeader
        title="Approvals"
        description="Verdicts, corrections and updates waiting for a second person. Nobody approves their own work."
      />
      <div className="space-y-10">
        <section aria-labelledby="others-heading">
          <h2 id="others-heading" className="mb-3 font-serif text-xl font-bold text-slate-900">
            You can approve <span className="font-sans text-base font-normal text-slate-600">({others.length})</span>
          </h2>
          <ApprovalTable caption="Waiting for your approval, oldest first" items={others} empty="Nothing is waiting for you." />
        </section>
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading" className="mb-3 font-serif text-xl font-bold text-slate-900">
            Yours, waiting for someone else <span className="font-sans text-base font-normal text-slate-600">({mine.length})</span>
          </h2>
          <ApprovalTable
            caption="Your submissions waiting for someone else, oldest first"
            items={mine}
            empty="None of your work is waiting."
          />
        </section>
      </div>
    </>
  );
}
