"use client";

import { useActionState } from "react";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import type { MutationResult } from "@/lib/mutation";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";

type Result = MutationResult<{ version: number }>;
type Action = (previous: Result | null, form: FormData) => Promise<Result>;
type Person = { id: string; name: string; role: keyof typeof ROLE_LABELS; active: boolean; version: number };

const buttonClass =
  "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60";

function Outcome({ result, success }: { result: Result | null; success?: string }) {
  if (!result) return null;
  if (result.ok) {
    return success ? (
      <p role="status" className="text-xs font-medium text-emerald-800">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="mt-1 max-w-xs text-xs text-red-800">
      {result.message}
    </p>
  );
}

export function RoleForm({ person, action }: { person: Person; action: Action }) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form {...keepingInput(submit)} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <label htmlFor={`role-${person.id}`} className="sr-only">
        Role of {person.name}
      </label>
      <select
        id={`role-${person.id}`}
        name="role"
        defaultValue={person.role}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <button type="submit" className={buttonClass} disabled={pending}>
        Save role<span className="sr-only"> of {person.name}</span>
      </button>
      <Outcome result={result} success="Role saved." />
    </form>
  );
}

export function ActiveToggle({ person, action }: { person: Person; action: Action }) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit}>
      <input type="hidden" name="userId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <input type="hidden" name="active" value={person.active ? "false" : "true"} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {person.active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {person.name}</span>
      </button>
      <Outcome result={result} />
    </form>
  );
}

type RevokeResult = MutationResult<{ invitationId: string }>;

export function RevokeInvitationButton({
  invitation,
  action,
}: {
  invitation: { id: string; email: string };
  action: (previous: RevokeResult | null, form: FormData) => Promise<RevokeResult>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit}>
      <input type="hidden" name="invitationId" value={invitation.id} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Revoke<span className="sr-only"> the invitation for {invitation.email}</span>
      </button>
      {result && !result.ok ? (
        <p role="alert" className="mt-1 max-w-xs text-xs text-red-800">
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
