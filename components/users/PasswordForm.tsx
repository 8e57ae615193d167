"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { TextField } from "@/components/ui/TextField";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ signedOut: boolean }>;

const fields = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password (at least 12 characters)", autoComplete: "new-password" },
  { name: "repeatPassword", label: "Repeat the new password", autoComplete: "new-password" },
] as const;

export function PasswordForm({ action }: { action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [result, submit, pending] = useActionState(action, null);
  if (result?.ok) {
    return (
      <p role="status" className="max-w-md rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        Password changed. Every session of your account has ended, this one too:{" "}
        <Link href="/sign-in?callbackUrl=%2Fworkspace%2Fprofile" className="font-medium underline">
          sign in again
        </Link>{" "}
        with the new password.
      </p>
    );
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={submit} className="max-w-md space-y-3">
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={field.name}
          label={field.label}
          type="password"
          required
          autoComplete={field.autoComplete}
          errors={errors?.[field.name]}
        />
      ))}
      <Button disabled={pending}>{pending ? "Changing…" : "Change password"}</Button>
      <FormStatus result={result} success="" />
    </form>
  );
}
