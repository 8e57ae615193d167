"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextField } from "@/components/ui/TextField";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ email: string }>;

/** Sets the invited person's name and password; on success, on to the sign-in page. */
export function AcceptInvitationForm({
  token,
  name,
  email,
  action,
}: {
  token: string;
  name: string;
  email: string;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  if (result?.ok) {
    return (
      <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        Your account is ready.{" "}
        <Link href={`/sign-in?callbackUrl=%2Fworkspace`} className="font-semibold underline">
          Sign in
        </Link>{" "}
        with {result.data.email} and the password you just set.
      </div>
    );
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form {...keepingInput(submit)} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField id="email" label="Email" value={email} readOnly autoComplete="username" help="You sign in with this address." />
      <TextField
        id="name"
        label="Your name"
        help="Shown on the verdicts you check or approve."
        required
        autoComplete="name"
        defaultValue={name}
        errors={errors?.name}
      />
      <TextField
        id="password"
        label="Password (at least 12 characters)"
        type="password"
        required
        autoComplete="new-password"
        errors={errors?.password}
      />
      <TextField
        id="repeatPassword"
        label="Repeat the password"
        type="password"
        required
        autoComplete="new-password"
        errors={errors?.repeatPassword}
      />
      <Button block disabled={pending}>
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
      <FormStatus result={result} success="" />
    </form>
  );
}
