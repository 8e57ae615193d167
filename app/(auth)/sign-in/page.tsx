import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/session";

export const metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl));
  const error = first(params.error) ?? null;
  if (!error && (await getCurrentUser())) redirect(callbackUrl);

  const settings = env();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-2xl font-bold tracking-tight text-slate-900">Staff sign-in</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600">For reviewers, moderators and admins of {settings.orgName}.</p>
      <noscript>
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Signing in needs JavaScript. Turn it on for this site, then reload the page.
        </p>
      </noscript>
      <SignInForm
        // A new visit to the page (another error, a sign-out) starts a fresh form.
        key={`${error ?? ""}|${first(params.signedOut) ?? ""}`}
        callbackUrl={callbackUrl}
        initialError={error}
        notice={first(params.signedOut) ? "You are signed out." : null}
        methods={{ email: Boolean(settings.email), github: Boolean(settings.github), google: Boolean(settings.google) }}
      />
    </div>
  );
}
