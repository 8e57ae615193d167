import Link from "next/link";
import { MissingPermission } from "@/components/auth/MissingPermission";
import { ROLE_LABELS } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";

/**
 * HTTP 403: signed in, but the role lacks the permission the page needs (lib/staff-pages.ts).
 * Served by the staff areas' forbidden.tsx files, which read who is signed in.
 */
export function ForbiddenPage({ user }: { user: CurrentUser | null }) {
  return (
    <div className="max-w-xl py-8">
      <p className="text-sm font-semibold tracking-widest text-slate-600 uppercase">403 · Not allowed</p>
      <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight text-slate-900">You do not have access to this page</h1>
      <p className="mt-4 text-lg text-slate-700">
        <MissingPermission />
      </p>
      {user ? (
        <p className="mt-4 text-slate-700">
          You are signed in as {user.name}, a {ROLE_LABELS[user.role].toLowerCase()}. If you need this for your work, ask an admin to change
          your role.
        </p>
      ) : null}
      <p className="mt-8">
        <Link href="/workspace" className="font-medium text-slate-900 underline underline-offset-2">
          Back to the workspace
        </Link>
      </p>
    </div>
  );
}
