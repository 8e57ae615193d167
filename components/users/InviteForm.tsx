"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
import { FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { keepingInput, useResetAfterSave } from "@/components/ui/submit-keeping-input";
import { TextField } from "@/components/ui/TextField";
import type { Role } from "@/lib/generated/prisma/enums";
import type { InvitationSent } from "@/lib/invitations/invite";
import type { MutationResult } from "@/lib/mutation";
import { ROLE_LABELS } from "@/lib/permissions";

type Result = MutationResult<InvitationSent>;

/** The link of the invitation just made, shown this once to copy. */
function Sent({ sent }: { sent: InvitationSent }) {
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-slate-900">
      <p className="font-semibold">Invitation created for {sent.email}.</p>
      <p className="mt-1">
        {sent.mailed
          ? "We emailed them this link. "
          : sent.mailFailed
            ? "The email could not be sent: pass this link on yourself. "
            : "Email is not set up here: pass this link on yourself. "}
        It works once, for 7 days, and is shown only now.
      </p>
      <p className="mt-2 rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs break-all" data-testid="invitation-link">
        {sent.link}
      </p>
      <div className="mt-2">
        <CopyButton text={sent.link} label="Copy the invitation link" />
      </div>
    </div>
  );
}

export function InviteForm({
  roles,
  action,
}: {
  roles: readonly Role[];
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  // A new invitation empties the form for the next one.
  const form = useResetAfterSave(result);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      <form ref={form} {...keepingInput(submit)} className="grid max-w-3xl gap-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end">
        <TextField id="name" label="Name" required errors={errors?.name} />
        <TextField id="email" label="Email" type="email" required errors={errors?.email} />
        <div>
          <SelectField
            id="role"
            label="Role"
            defaultValue={roles[0]}
            options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          />
          {errors?.role ? <p className="mt-1 text-sm text-red-800">{errors.role.join(" ")}</p> : null}
        </div>
        <Button disabled={pending}>{pending ? "Inviting…" : "Invite"}</Button>
      </form>
      {result?.ok ? <Sent sent={result.data} /> : <FormStatus result={result} success="" />}
    </div>
  );
}
