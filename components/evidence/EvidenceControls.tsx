"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { MutationResult } from "@/lib/mutation";

type Action<T> = (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>;

const buttonClass =
  "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

function Refusal({ result }: { result: MutationResult<unknown> | null }) {
  if (!result || result.ok) return null;
  return (
    <p role="alert" className="mt-1 w-full text-sm text-red-800">
      {result.message}
    </p>
  );
}

/** Move up / down, edit and remove buttons of one piece of evidence on the claim desk. */
export function EvidenceControls({
  evidence,
  first,
  last,
  editHref,
  move,
  remove,
}: {
  evidence: { id: string; title: string; version: number };
  first: boolean;
  last: boolean;
  editHref: string;
  move: Action<{ position: number }>;
  remove: Action<{ id: string }>;
}) {
  const [moved, submitMove, moving] = useActionState(move, null);
  const [removed, submitRemove, removing] = useActionState(remove, null);
  const name = <span className="sr-only"> “{evidence.title}”</span>;

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <form action={submitMove} className="flex gap-2">
        <input type="hidden" name="evidenceId" value={evidence.id} />
        <button type="submit" name="direction" value="up" className={buttonClass} disabled={first || moving}>
          Move up{name}
        </button>
        <button type="submit" name="direction" value="down" className={buttonClass} disabled={last || moving}>
          Move down{name}
        </button>
      </form>
      <Link href={editHref} className={buttonClass}>
        Edit{name}
      </Link>
      <form action={submitRemove}>
        <input type="hidden" name="evidenceId" value={evidence.id} />
        <input type="hidden" name="version" value={evidence.version} />
        <button type="submit" className={`${buttonClass} text-red-800`} disabled={removing}>
          Remove{name}
        </button>
      </form>
      {moved?.ok ? (
        <p role="status" className="w-full text-sm text-slate-600">
          Moved to place {moved.data.position + 1}.
        </p>
      ) : null}
      <Refusal result={moved} />
      <Refusal result={removed} />
    </div>
  );
}
