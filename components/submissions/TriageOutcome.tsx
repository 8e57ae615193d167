import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { endsSentence, fullStop } from "@/lib/sentence";
import type { TriageSubmission } from "@/lib/submissions/queries";

/** What became of a triaged submission: the claim it became or duplicates, or why it was rejected. */
export function TriageOutcome({ submission }: { submission: TriageSubmission }) {
  const by = submission.handledBy ? ` by ${submission.handledBy.name}` : "";
  const claimLink = submission.claim ? (
    <Link href={`/workspace/claims/${submission.claim.id}`} className="font-medium underline underline-offset-2">
      {submission.claim.text}
    </Link>
  ) : (
    "a claim that no longer exists"
  );
  // The claim's text may end its own sentence ("…since 2024."): no second full stop after it.
  const stop = submission.claim && endsSentence(submission.claim.text) ? null : ".";
  return (
    <section aria-labelledby="outcome-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="outcome-heading" className="text-lg font-semibold text-slate-900">
        Triaged{by}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {submission.status === "ACCEPTED" ? (
          <>
            Accepted as the claim {claimLink}
            {stop}
          </>
        ) : null}
        {submission.status === "ACCEPTED" && submission.claim ? <AcceptedClaimFacts claim={submission.claim} url={submission.url} /> : null}
        {submission.status === "DUPLICATE" ? (
          <>
            A duplicate of {claimLink}
            {stop}
          </>
        ) : null}
        {submission.status === "REJECTED" ? <>Rejected: “{submission.rejectionReason}”</> : null}
      </p>
    </section>
  );
}

/** What the accepted claim has of what a verdict needs: claimant, date, and where it appeared. */
function AcceptedClaimFacts({ claim, url }: { claim: NonNullable<TriageSubmission["claim"]>; url: string | null }) {
  const appearance = claim.appearances[0];
  return (
    <>
      {" "}
      {claim.claimant ? fullStop(`Claimant: ${claim.claimant.name}`) : "No claimant yet."}{" "}
      {claim.claimDate ? (
        <>
          Made <FormattedDate date={claim.claimDate} />.
        </>
      ) : (
        "No claim date yet."
      )}{" "}
      {appearance ? (
        <>
          It appears in{" "}
          <Link href={`/workspace/articles/${appearance.article.id}`} className="underline underline-offset-2">
            {appearance.article.title}
          </Link>
          .
        </>
      ) : url ? (
        "The tip's link is not an appearance of the claim: the claim desk's notes say why."
      ) : null}
    </>
  );
}
