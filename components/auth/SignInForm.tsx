"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import { signInMessage } from "@/lib/auth/messages";

type Props = {
  callbackUrl: string;
  /** An error carried in the URL (e.g. ?error=SessionEnded or a provider's refusal). */
  initialError: string | null;
  notice: string | null;
  methods: { email: boolean; github: boolean; google: boolean };
};

/**
 * Next keeps a page's client state when it is navigated to again; a fresh navigation to the
 * sign-in page (bfcacheId changes) gets a fresh form, not the last visit's refusal.
 */
export function SignInForm(props: Props) {
  return <SignInFormState key={useRouter().bfcacheId} {...props} />;
}

function SignInFormState({ callbackUrl, initialError, notice, methods }: Props) {
  const [error, setError] = useState<string | null>(signInMessage(initialError));
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  // An error carried in the address (a refused link or provider sign-in, an ended session) is
  // said once: it leaves the address, so a reload, Back or a saved link opens a fresh form
  // instead of one still saying "This account has been deactivated".
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("error")) return;
    url.searchParams.delete("error");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, []);

  /** A refusal is about what was typed: editing the form (or emptying it) clears it. */
  function edited() {
    if (error && !pending) setError(null);
  }

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
    router.push("/sign-in/check-email");
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

      <form onSubmit={submitPassword} onChange={edited} className="space-y-4" aria-label="Sign in with email and password">
        <TextField id="email" label="Email" type="email" autoComplete="username" required />
        <TextField id="password" label="Password" type="password" autoComplete="current-password" required />
        <Button block disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      {methods.email ? (
        <form
          onSubmit={submitEmailLink}
          onChange={edited}
          className="space-y-3 border-t border-slate-200 pt-6"
          aria-label="Sign in with an email link"
        >
          <TextField id="link-email" name="email" label="Or get a sign-in link by email" type="email" autoComplete="email" required />
          <Button block variant="secondary" disabled={pending}>
            Email me a sign-in link
          </Button>
        </form>
      ) : null}

      {methods.github || methods.google ? (
        <div className="space-y-3 border-t border-slate-200 pt-6">
          {methods.github ? (
            <Button block type="button" onClick={() => void signIn("github", { callbackUrl })}>
              Sign in with GitHub
            </Button>
          ) : null}
          {methods.google ? (
            <Button block type="button" onClick={() => void signIn("google", { callbackUrl })}>
              Sign in with Google
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
