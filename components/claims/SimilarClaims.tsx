"use client";

import Link from "next/link";
import { useActionState, useEffect, useState, useTransition } from "react";
import { Badge } from "@/components/ui/Badge";
import { FormStatus } from "@/components/ui/FormStatus";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { MatchRelation } from "./MatchRelation";
import type { SimilarClaim } from "@/lib/claims/similar";
import { claimStatusLabel, similarVerdictState } from "@/lib/claims/labels";
import type { MutationResult } from "@/lib/mutation";

export type AttachResult = MutationResult<{ claimId: string; appearanceId: string | null }>;
export type AttachTarget = { articleId: string; start?: number; end?: number; quote?: string };

/**
 * Claims already on file that resemble the one being written (lib/claims/similar.ts), with their
 * verdict when checked, looked up as the reviewer types. With an article quote at hand, each can
 * take the quote as a new appearance instead of a duplicate claim being created.
 */
export function SimilarClaims({
  text,
  lookup,
  attach,
  attachAction,
  idPrefix,
}: {
  text: string;
  lookup: (text: string) => Promise<SimilarClaim[]>;
  attach: AttachTarget | null;
  attachAction: (previous: AttachResult | null, form: FormData) => Promise<AttachResult>;
  idPrefix: string;
}) {
  const [found, setFound] = useState<SimilarClaim[] | null>(null);
  const [checking, startChecking] = useTransition();
  const tooShort = text.trim().length < 10;
  const claims = tooShort ? null : found;

  useEffect(() => {
    const wanted = text.trim();
    if (wanted.length < 10) return;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      startChecking(async () => setFound(await lookup(wanted)));
    }, 350);
    return () => clearTimeout(timer);
  }, [text, lookup]);

  const heading = `${idPrefix}-similar`;
  return (
    <section aria-labelledby={heading} aria-busy={checking} className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id={heading} className="text-sm font-semibold text-slate-900">
        Similar claims already on file
      </h3>
      <div aria-live="polite" className="mt-1 text-sm text-slate-700">
        {claims === null ? (
          <p>{checking ? "Looking…" : "Shown as you write the claim."}</p>
        ) : claims.length === 0 ? (
          <p>None found: this looks like a new claim.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {claims.map((claim) => (
              <li key={claim.id} className="rounded border border-slate-200 bg-white p-2">
                <p className="text-slate-900">
                  <Link href={`/workspace/claims/${claim.id}`} className="underline underline-offset-2 hover:decoration-2">
                    {claim.text}
                  </Link>
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {claim.claimant ? <span>{claim.claimant.name}</span> : null}
                  <Badge>{claimStatusLabel[claim.status]}</Badge>
                  {claim.verdict ? <RatingBadge rating={claim.verdict.rating} /> : null}
                  <VerdictState claim={claim} />
                  <MatchRelation claim={claim} />
                </p>
                {attach ? <AttachForm claimId={claim.id} target={attach} action={attachAction} /> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function AttachForm({
  claimId,
  target,
  action,
}: {
  claimId: string;
  target: AttachTarget;
  action: (previous: AttachResult | null, form: FormData) => Promise<AttachResult>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="mt-2 space-y-1">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="articleId" value={target.articleId} />
      <input type="hidden" name="start" value={target.start ?? ""} />
      <input type="hidden" name="end" value={target.end ?? ""} />
      <input type="hidden" name="quote" value={target.quote ?? ""} />
      <input type="hidden" name="returnTo" value="article" />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-xs font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-900"
      >
        {pending ? "Attaching…" : "Same claim: add this article as an appearance"}
      </button>
      <FormStatus result={result} success="" />
    </form>
  );
}

/** The matched claim's verdict: current, retracted, or a new one after a retraction. */
function VerdictState({ claim }: { claim: SimilarClaim }) {
  const state = similarVerdictState(claim.verdict, claim.retractedSlug);
  if (!state) return null;
  return (
    <>
      {state.text ? <span>{state.text}</span> : null}
      {state.link ? (
        <Link href={state.link.href} className="underline underline-offset-2">
          {state.link.label}
        </Link>
      ) : null}
    </>
  );
}
