"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/FormStatus";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ id: string; domain: string }>;

/**
 * A source's aliases (domains of duplicates merged into it), each with a button that takes it off
 * the source. One form: the pressed button names the alias. Not versioned: the list is the page's,
 * refreshed after each removal, and removing one that is gone is refused by name.
 */
export function SourceAliases({
  source,
  action,
}: {
  source: { id: string; aliases: { domain: string }[] };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="max-w-2xl space-y-3">
      <input type="hidden" name="id" value={source.id} />
      {source.aliases.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {source.aliases.map(({ domain }) => (
            <li key={domain} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
              <span className="font-mono text-sm break-all text-slate-900">{domain}</span>
              <button
                type="submit"
                name="domain"
                value={domain}
                disabled={pending}
                aria-label={`Remove the alias ${domain}`}
                className="text-sm font-medium text-red-800 underline underline-offset-2 hover:decoration-2 disabled:cursor-wait disabled:opacity-70"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">None.</p>
      )}
      <FormStatus result={result} success={result?.ok ? `${result.data.domain} is no longer an alias of this source.` : ""} />
    </form>
  );
}
