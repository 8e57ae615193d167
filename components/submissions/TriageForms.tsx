"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FieldMessages, FormStatus } from "@/components/ui/FormStatus";
import { latestVersion } from "@/components/ui/latest-version";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { MatchRelation } from "@/components/claims/MatchRelation";
import type { SimilarClaim } from "@/lib/claims/similar";
import { claimStatusLabel } from "@/lib/claims/labels";
import type { MutationResult } from "@/lib/mutation";
import type { TipLinkOutcome } from "@/lib/submissions/mutations";

type Action<T> = (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>;
type Versioned = { id: string; version: number };

/** A 409 carries the submission as it now is: the next save is based on that version. */
function Hidden({ submission, result }: { submission: Versioned; result: MutationResult<{ version: number }> | null }) {
  return (
    <>
      <input type="hidden" name="submissionId" value={submission.id} />
      <input type="hidden" name="version" value={latestVersion(submission.version, result)} />
    </>
  );
}

export function AcceptForm({
  submission,
  text,
  url,
  claimantNames,
  action,
}: {
  submission: Versioned;
  text: string;
  /** The tip's link, offered to be fetched as the claim's article. */
  url: string | null;
  claimantNames: string[];
  action: Action<{ claimId: string; version: number; link: TipLinkOutcome | null }>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form {...keepingInput(submit)} className="space-y-4">
      <Hidden submission={submission} result={result} />
      <TextAreaField
        id="claimText"
        label="Claim text"
        help="Edit it into a checkable claim if needed: who said what. The submitter's wording stays on the submission."
        rows={3}
        defaultValue={text}
        errors={errors?.claimText}
      />
      <TextField
        id="claimant"
        label="Claimant"
        help="Who made the claim: an existing claimant is suggested as you type and reused; a new name adds a claimant. Leave it empty if nobody is known yet."
        list="claimant-names"
        autoComplete="off"
        maxLength={200}
        errors={errors?.claimant}
      />
      <datalist id="claimant-names">
        {claimantNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField
        id="claimDate"
        label="Date the claim was made"
        help="When the claimant said or published it. Left empty, the article's date is used when the link is fetched."
        type="date"
        errors={errors?.claimDate}
      />
      {url ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">The tip&apos;s link</legend>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="fetchLink" defaultChecked className="mt-0.5 size-4 shrink-0" />
            <span>
              Fetch it as an article and anchor the claim in it, as an appearance <span className="break-all text-slate-600">({url})</span>
            </span>
          </label>
          <TextAreaField
            id="quote"
            label="Quote from the article (optional)"
            help="The words of the article where the claim is made. Left empty, the claim's own words are looked for."
            rows={2}
            maxLength={5000}
            errors={errors?.quote}
          />
        </fieldset>
      ) : null}
      <Button disabled={pending}>{pending ? "Creating…" : "Accept and create the claim"}</Button>
      <FormStatus result={result} success="Accepted: the claim is in the queue." />
    </form>
  );
}

export function DuplicateForm({
  submission,
  claims,
  action,
}: {
  submission: Versioned;
  claims: SimilarClaim[];
  action: Action<{ claimId: string; version: number }>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors?.claimId : undefined;
  if (claims.length === 0) return <p className="text-sm text-slate-600">No similar claims found. Search with other words above.</p>;
  // Only claims the matcher finds likely the same sit under the duplicate heading; related ones
  // (same topic, perhaps another figure, year or place) can still be chosen after a careful read.
  const same = claims.filter((claim) => claim.relation === "same");
  const related = claims.filter((claim) => claim.relation === "related");
  return (
    <form {...keepingInput(submit)} className="space-y-3">
      <Hidden submission={submission} result={result} />
      <fieldset aria-describedby={errors ? "claimId-error" : undefined} className="space-y-4">
        <legend className="sr-only">Claim to mark this submission as a duplicate of</legend>
        <section aria-labelledby="duplicate-of-heading">
          <h3 id="duplicate-of-heading" className="mb-1.5 text-sm font-semibold text-slate-900">
            The claim this submission duplicates
          </h3>
          {same.length ? (
            <ClaimChoices claims={same} />
          ) : (
            <p className="text-sm text-slate-600">No claim on file is likely the same claim.</p>
          )}
        </section>
        {related.length ? (
          <section aria-labelledby="related-claims-heading">
            <h3 id="related-claims-heading" className="mb-1.5 text-sm font-semibold text-slate-900">
              Related claims
            </h3>
            <p className="mb-1.5 text-xs text-slate-600">Same topic; check the figures, dates and places before choosing one.</p>
            <ClaimChoices claims={related} />
          </section>
        ) : null}
      </fieldset>
      <FieldMessages id="claimId-error" messages={errors} />
      <Button variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Mark as duplicate of the chosen claim"}
      </Button>
      <FormStatus result={result} success="Marked as a duplicate." />
    </form>
  );
}

function ClaimChoices({ claims }: { claims: SimilarClaim[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {claims.map((claim) => (
        <li key={claim.id} className="flex gap-3 px-3 py-2.5">
          <input id={`claim-${claim.id}`} type="radio" name="claimId" value={claim.id} className="mt-1 size-4 shrink-0" />
          <label htmlFor={`claim-${claim.id}`} className="min-w-0 text-sm text-slate-900">
            <span className="block leading-snug">{claim.text}</span>
            <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
              <span>
                {claimStatusLabel[claim.status]}
                {claim.claimant ? ` · ${claim.claimant.name}` : ""}
                {claim.verdict?.rating ? ` · rated ${claim.verdict.rating.label}` : ""}
              </span>
              <MatchRelation claim={claim} />
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function RejectForm({ submission, action }: { submission: Versioned; action: Action<{ version: number }> }) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form {...keepingInput(submit)} className="space-y-3">
      <Hidden submission={submission} result={result} />
      <TextAreaField
        id="reason"
        label="Reason"
        help="The submitter reads this on their tracking page: be kind and clear."
        rows={3}
        errors={result && !result.ok ? result.fieldErrors?.reason : undefined}
      />
      <Button variant="secondary" disabled={pending}>
        {pending ? "Rejecting…" : "Reject"}
      </Button>
      <FormStatus result={result} success="Rejected." />
    </form>
  );
}

/** Wraps the list: its ticked rows (checkboxes named submissionIds) are rejected as spam. */
export function SpamBulkForm({ action, children }: { action: Action<{ rejected: number; skipped: number }>; children: React.ReactNode }) {
  const [result, submit, pending] = useActionState(action, null);
  const success = result?.ok
    ? `Rejected ${result.data.rejected} as spam${result.data.skipped ? `; ${result.data.skipped} had been triaged meanwhile and were left as they were` : ""}.`
    : "";
  return (
    <form action={submit} className="space-y-3">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={pending}>
          {pending ? "Rejecting…" : "Reject ticked as spam"}
        </Button>
        <FormStatus result={result} success={success} />
      </div>
    </form>
  );
}
