import Link from "next/link";
import { ACTION_DESCRIPTIONS, ROLE_LABELS, rolesFor } from "@/lib/permissions";
import { getCurrentUser, refusedAction } from "@/lib/session";

export const metadata = { title: "Not allowed" };

/** HTTP 403: signed in, but the role lacks the permission the page needs (see lib/session.ts). */
export default async function Forbidden() {
  const user = await getCurrentUser();
  const { action } = refusedAction();
  const allowed = action ? rolesFor(action).map((role) => ROLE_LABELS[role].toLowerCase() + "s") : [];
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold tracking-widest text-slate-600 uppercase">403 · Not allowed</p>
      <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight text-slate-900">You do not have access to this page</h1>
      <p className="mt-4 text-lg text-slate-700">
        {action ? (
          <>
            This page needs permission to <strong>{ACTION_DESCRIPTIONS[action]}</strong>
            {allowed.length > 0 ? <>, which {formatList(allowed)} have</> : null}.
          </>
        ) : (
          "Your account does not have the permission this page needs."
        )}{" "}
        {user ? (
          <>
            You are signed in as {user.name}, a {ROLE_LABELS[user.role].toLowerCase()}.
          </>
        ) : null}
      </p>
      <p className="mt-4 text-slate-700">If you need it for your work, ask an admin to change your role.</p>
      <p className="mt-8">
        <Link href="/workspace" className="font-medium text-slate-900 underline underline-offset-2">
          Back to the workspace
        </Link>
      </p>
    </main>
  );
}

function formatList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
