import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/AcceptInvitationForm";
import { env } from "@/lib/env";
import { LINK_PROBLEMS, UNKNOWN_INVITATION } from "@/lib/invitations/mutations";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { ROLE_LABELS } from "@/lib/permissions";
import { acceptInvitationAction } from "./actions";

// The address carries a one-time secret: never indexed, never sent on as a referrer.
export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function AcceptInvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  const { orgName } = env();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-2xl font-bold tracking-tight text-slate-900">Join {orgName}</h1>
      {invitation?.state === "pending" ? (
        <>
          <p className="mt-2 mb-6 text-sm text-slate-600">
            You are invited as {ROLE_LABELS[invitation.role].toLowerCase()}. Choose the name your colleagues and readers see, and a
            password. This link works once.
          </p>
          <AcceptInvitationForm token={token} name={invitation.name} email={invitation.email} action={acceptInvitationAction} />
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {invitation ? LINK_PROBLEMS[invitation.state as keyof typeof LINK_PROBLEMS] : UNKNOWN_INVITATION}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/sign-in" className="underline">
              Staff sign-in
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
