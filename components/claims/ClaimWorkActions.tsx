"use client";

import { useActionState } from "react";
import { useFocusOnResult } from "@/components/ui/focus-on-result";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import type { MutationResult } from "@/lib/mutation";

type Action<T> = (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>;
type Versioned = { version: number };

export type ClaimWorkActionsProps = {
  claim: { id: string; text: string; status: string; version: number; assigneeId: string | null };
  viewerId: string;
  staff: { id: string; name: string }[];
  actions: {
    assign: Action<Versioned & { assignee: string | null }>;
    dismiss: Action<Versioned>;
    reopen: Action<Versioned>;
  };
  /** Short labels for a table row; the desk shows the forms open. */
  compact?: boolean;
};

const buttonClass =
  "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium whitespace-nowrap text-slate-900 hover:bg-slate-100 disabled:opacity-60";
const inputClass = "min-w-0 rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900";

/** What became of the last press; it takes the focus (the button pressed is disabled, or gone once the claim is taken). */
function Outcome({ result, success }: { result: MutationResult<unknown> | null; success: string }) {
  const ref = useFocusOnResult(result);
  if (!result) return null;
  if (result.ok) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-800" ref={ref} tabIndex={-1}>
        {success}
      </p>
    );
  }
  const fieldMessages = Object.values(result.fieldErrors ?? {}).flat();
  return (
    <p role="alert" className="max-w-xs text-sm text-red-800" ref={ref} tabIndex={-1}>
      {result.message} {fieldMessages.join(" ")}
    </p>
  );
}

/** Take, hand over, dismiss (with a reason) or reopen a claim: in the queue and on the desk. */
export function ClaimWorkActions({ claim, viewerId, staff, actions, compact = false }: ClaimWorkActionsProps) {
  const [assigned, assign, assigning] = useActionState(actions.assign, null);
  const [handed, handOver, handing] = useActionState(actions.assign, null);
  const [dismissed, dismiss, dismissing] = useActionState(actions.dismiss, null);
  const [reopened, reopen, reopening] = useActionState(actions.reopen, null);
  const about = <span className="sr-only"> “{claim.text.slice(0, 80)}”</span>;
  const id = (what: string) => `${what}-${claim.id}`;

  if (claim.status === "DISMISSED") {
    return (
      <form action={reopen} className="space-y-1">
        <input type="hidden" name="claimId" value={claim.id} />
        <input type="hidden" name="version" value={claim.version} />
        <button type="submit" className={buttonClass} disabled={reopening}>
          Reopen{about}
        </button>
        <Outcome result={reopened} success="Reopened." />
      </form>
    );
  }

  const others = staff.filter((person) => person.id !== claim.assigneeId);
  const more = (
    <div className={`space-y-3 ${compact ? "mt-2 w-64" : ""}`}>
      <form {...keepingInput(handOver)} className="space-y-1">
        <input type="hidden" name="claimId" value={claim.id} />
        <input type="hidden" name="version" value={claim.version} />
        <label htmlFor={id("assignee")} className="block text-sm font-medium text-slate-800">
          Hand over to
        </label>
        <div className="flex gap-2">
          <select id={id("assignee")} name="assigneeId" className={`${inputClass} flex-1`} defaultValue={others[0]?.id ?? ""}>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.id === viewerId ? " (me)" : ""}
              </option>
            ))}
            {claim.assigneeId ? <option value="">Nobody (unassigned)</option> : null}
          </select>
          <button type="submit" className={buttonClass} disabled={handing}>
            Hand over{compact ? about : null}
          </button>
        </div>
        <Outcome result={handed} success={handed?.ok ? `Handed to ${handed.data.assignee ?? "nobody"}.` : ""} />
      </form>
      {/* A refused dismissal keeps the reason typed. */}
      <form {...keepingInput(dismiss)} className="space-y-1">
        <input type="hidden" name="claimId" value={claim.id} />
        <input type="hidden" name="version" value={claim.version} />
        <label htmlFor={id("dismiss-reason")} className="block text-sm font-medium text-slate-800">
          Reason for dismissing
        </label>
        <div className="flex gap-2">
          <input id={id("dismiss-reason")} name="reason" required minLength={5} className={`${inputClass} flex-1`} />
          <button type="submit" className={buttonClass} disabled={dismissing}>
            Dismiss{compact ? about : null}
          </button>
        </div>
        <Outcome result={dismissed} success="Dismissed." />
      </form>
    </div>
  );
  return (
    <div className="space-y-2">
      {claim.assigneeId !== viewerId ? (
        <form action={assign}>
          <input type="hidden" name="claimId" value={claim.id} />
          <input type="hidden" name="version" value={claim.version} />
          <input type="hidden" name="assigneeId" value="me" />
          <button type="submit" className={buttonClass} disabled={assigning}>
            Take{compact ? about : <> this claim</>}
          </button>
        </form>
      ) : null}
      <Outcome result={assigned} success="It is yours now." />
      {compact ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-800 underline underline-offset-2">
            More<span className="sr-only"> actions for{about}</span>
          </summary>
          {more}
        </details>
      ) : (
        more
      )}
    </div>
  );
}
