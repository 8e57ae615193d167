"use client";

import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { signInMessage } from "@/lib/auth/messages";

type Props = {
  callbackUrl: string;
  /** An error carried in the URL (e.g. ?error=SessionEnded or a provider's refusal). */
  initialError: string | null;
  notice: string | null;
  methods: { email: boolean; github: boolean; google: boolean };
};

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-slate-900";
const buttonClass =
  "w-full rounded-md bg-slate-900 px-4 py-2.5 text-base font-semibold text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 disabled:cursor-wait disabled:opacity-70";

export function SignInForm({ callbackUrl, initialError, notice, methods }: Props) {
  const [error, setError] = useState<string | null>(signInMessage(initialError));
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  function fail(code: string | null | undefined) {
    setPending(false);
    setError(signInMessage(code ?? "CredentialsSignin"));
    // Move focus so screen readers announce the problem and keyboard users can retry at once.
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  async function submitPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
    });
    if (!result || result.error) return fail(result?.error);
    // A full navigation, so that the server renders the next page with the new session cookie.
    window.location.assign(callbackUrl);
  }

  async function submitEmailLink(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("email", { redirect: false, email: String(form.get("email") ?? ""), callbackUrl });
    // An address without a staff account is refused (AccessDenied) but told the same as everyone,
    // so the form does not reveal who works here.
    if (!result || (result.error && result.error !== "AccessDenied")) return fail("EmailSignin");
    window.location.assign("/sign-in/check-email");
  }

  return (
    <div className="space-y-6">
      {notice && !error ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {notice}
        </p>
      ) : null}
      <p
        ref={errorRef}
        tabIndex={-1}
        role="alert"
        className={error ? "rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900" : "sr-only"}
      >
        {error}
      </p>

      <form onSubmit={submitPassword} className="space-y-4" aria-label="Sign in with email and password">
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">
            Email
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>

      {methods.email ? (
        <form onSubmit={submitEmailLink} className="space-y-3 border-t border-slate-200 pt-6" aria-label="Sign in with an email link">
          <div>
            <label htmlFor="link-email" className="block text-sm font-medium text-slate-800">
              Or get a sign-in link by email
            </label>
            <input id="link-email" name="email" type="email" autoComplete="email" required className={inputClass} />
          </div>
          <button type="submit" className={buttonClass.replace("bg-slate-900", "bg-slate-700")} disabled={pending}>
            Email me a sign-in link
          </button>
        </form>
      ) : null}

      {methods.github || methods.google ? (
        <div className="space-y-3 border-t border-slate-200 pt-6">
          {methods.github ? (
            <button type="button" className={buttonClass} onClick={() => void signIn("github", { callbackUrl })}>
              Sign in with GitHub
            </button>
          ) : null}
          {methods.google ? (
            <button type="button" className={buttonClass} onClick={() => void signIn("google", { callbackUrl })}>
              Sign in with Google
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
