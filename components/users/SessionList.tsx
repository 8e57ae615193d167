"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ ended: string }>;

export type SessionRow = { id: string; signedIn: string; browser: string; current: boolean };

/** One's own sessions (browsers signed in), each but this one with a button that ends it. */
export function SessionList({
  sessions,
  action,
}: {
  sessions: SessionRow[];
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <div className="max-w-2xl space-y-3">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">
                <bdi>{session.browser}</bdi>
                {session.current ? <span className="ml-2 text-sm font-normal text-emerald-800">(this browser)</span> : null}
              </p>
              <p className="text-sm text-slate-700">Signed in {session.signedIn}</p>
            </div>
            {session.current ? null : (
              <form action={submit}>
                <input type="hidden" name="sessionId" value={session.id} />
                <Button variant="secondary" disabled={pending} aria-label={`Sign out ${session.browser}, signed in ${session.signedIn}`}>
                  Sign out there
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <FormStatus result={result} success="That browser is signed out." />
    </div>
  );
}
