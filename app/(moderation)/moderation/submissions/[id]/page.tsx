import Link from "next/link";
import { notFound } from "next/navigation";
import { submissionStatusTone } from "@/components/submissions/SubmissionTable";
import { AcceptForm, DuplicateForm, RejectForm } from "@/components/submissions/TriageForms";
import { TriageOutcome } from "@/components/submissions/TriageOutcome";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { PageHeader } from "@/components/ui/PageHeader";
import { TextField } from "@/components/ui/TextField";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import { listClaimantNames } from "@/lib/claims/desk";
import { findSimilarClaims } from "@/lib/claims/similar";
import { requireStaffPage } from "@/lib/session";
import { submissionStatusLabel } from "@/lib/submissions/labels";
import { getSubmissionForTriage } from "@/lib/submissions/queries";
import { accept, markDuplicate, reject } from "../actions";

export const metadata = { title: "Triage a submission" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TriageSubmissionPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/moderation/submissions/${id}`);
  const submission = await getSubmissionForTriage(id);
  if (!submission) notFound();
  const q = (await searchParams).q;
  const query = typeof q === "string" && q.trim() ? q.trim().slice(0, 500) : "";
  const similar = submission.status === "NEW" ? await findSimilarClaims(query || submission.claimText, { limit: 8 }) : [];
  const versioned = { id: submission.id, version: submission.version };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation/submissions" className="underline underline-offset-2">
          ← Submissions
        </Link>
      </p>
      <PageHeader
        title="Submission"
        description={
          <>
            Received <FormattedDate date={submission.createdAt} />
          </>
        }
      >
        <Badge tone={submissionStatusTone[submission.status]}>{submissionStatusLabel[submission.status]}</Badge>
      </PageHeader>

      <dl className="mb-8 max-w-3xl space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-slate-700">Claim as sent</dt>
          <dd className="mt-0.5 text-base whitespace-pre-line text-slate-900">{submission.claimText}</dd>
        </div>
        {submission.url ? (
          <div>
            <dt className="font-semibold text-slate-700">Where they saw it</dt>
            <dd className="mt-0.5 break-all text-slate-900">
              <UntrustedLink href={submission.url}>{submission.url}</UntrustedLink>
            </dd>
          </div>
        ) : null}
        {submission.reason ? (
          <div>
            <dt className="font-semibold text-slate-700">Why it matters to them</dt>
            <dd className="mt-0.5 whitespace-pre-line text-slate-900">{submission.reason}</dd>
          </div>
        ) : null}
      </dl>

      {submission.status !== "NEW" ? (
        <TriageOutcome submission={submission} />
      ) : (
        <div className="max-w-3xl space-y-10">
          <section aria-labelledby="similar-heading">
            <h2 id="similar-heading" className="text-lg font-semibold text-slate-900">
              Similar claims
            </h2>
            <p className="mb-3 text-sm text-slate-600">
              Check these first: if one is the same claim, mark the submission as its duplicate instead of creating another.
            </p>
            <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
              <div className="min-w-64 flex-1">
                <TextField id="q" label="Search claims" type="search" defaultValue={query} placeholder="Other words for the same claim" />
              </div>
              <Button variant="secondary">Search</Button>
            </form>
            <DuplicateForm key={query} submission={versioned} claims={similar} action={markDuplicate} />
          </section>

          <section aria-labelledby="accept-heading">
            <h2 id="accept-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Accept as a new claim
            </h2>
            <AcceptForm
              submission={versioned}
              text={submission.claimText}
              url={submission.url}
              claimantNames={await listClaimantNames()}
              action={accept}
            />
          </section>

          <section aria-labelledby="reject-heading">
            <h2 id="reject-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Reject
            </h2>
            <RejectForm submission={versioned} action={reject} />
          </section>
        </div>
      )}
    </>
  );
}
