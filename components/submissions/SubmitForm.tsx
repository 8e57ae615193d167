"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
import { FormStatus } from "@/components/ui/FormStatus";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import type { MutationResult } from "@/lib/mutation";
import { SUBMISSION_LIMITS } from "@/lib/submissions/schemas";
import type { Submitted } from "@/lib/submissions/submit";

type Result = MutationResult<Submitted>;

/** The thank-you panel: the private tracking link, shown this once. */
function Received({ path, siteUrl }: { path: string; siteUrl: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const url = `${siteUrl}${path}`;
  return (
    <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 sm:p-6">
      <h2 ref={heading} tabIndex={-1} className="font-serif text-2xl font-bold text-slate-900 focus:outline-none">
        Thank you: we have received your claim
      </h2>
      <p className="mt-3 text-slate-800">
        <strong>Keep this link.</strong> It is the only way to follow what becomes of your claim, and we cannot show it to you again. Anyone
        with the link sees the status of your claim, and nothing else.
      </p>
      <p className="mt-4 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900">
        <Link href={path} className="underline underline-offset-2">
          {url}
        </Link>
      </p>
      <div className="mt-3">
        <CopyButton text={url} label="Copy the link" />
      </div>
    </div>
  );
}

export function SubmitForm({ action, siteUrl }: { action: (previous: Result | null, form: FormData) => Promise<Result>; siteUrl: string }) {
  const [result, submit, pending] = useActionState(action, null);
  if (result?.ok) return <Received path={result.data.trackingPath} siteUrl={siteUrl} />;

  const errors = result && !result.ok ? result.fieldErrors : undefined;
  // Uncontrolled fields, sent without React's reset: what was typed survives a refused submission.
  return (
    <form {...keepingInput(submit)} className="space-y-5" noValidate>
      <TextAreaField
        id="claimText"
        label="The claim you want checked"
        help="Quote it as exactly as you can: who said it, and what they said."
        rows={4}
        required
        maxLength={SUBMISSION_LIMITS.claimText}
        errors={errors?.claimText}
      />
      <TextField
        id="url"
        label="Where you saw it (optional)"
        help="A link to the post, article or video."
        type="url"
        inputMode="url"
        maxLength={SUBMISSION_LIMITS.url}
        errors={errors?.url}
      />
      <TextAreaField
        id="reason"
        label="Why it matters (optional)"
        help="Who is sharing it, and what could happen if people believe it?"
        rows={3}
        maxLength={SUBMISSION_LIMITS.reason}
        errors={errors?.reason}
      />
      <TextField
        id="contactEmail"
        label="Your email (optional)"
        help="Only if we may ask you a question about your claim. We delete it 90 days after we have finished with it, and never publish it."
        type="email"
        autoComplete="email"
        maxLength={SUBMISSION_LIMITS.contactEmail}
        errors={errors?.contactEmail}
      />
      {/* A honeypot for robots: hidden from people and from screen readers, and never focused. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button disabled={pending}>{pending ? "Sending…" : "Send the claim"}</Button>
      <FormStatus result={result} success="" />
    </form>
  );
}
