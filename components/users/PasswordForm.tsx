"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FieldMessages, FormStatus } from "@/components/ui/FormStatus";
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
        <div key={field.name}>
          <label htmlFor={field.name} className="block text-sm font-medium text-slate-800">
            {field.label}
          </label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            required
            autoComplete={field.autoComplete}
            aria-invalid={errors?.[field.name] ? true : undefined}
            aria-describedby={errors?.[field.name] ? `${field.name}-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
          />
          <FieldMessages id={`${field.name}-error`} messages={errors?.[field.name]} />
        </div>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-70"
      >
        {pending ? "Changing…" : "Change password"}
      </button>
      <FormStatus result={result} success="" />
    </form>
  );
}
