"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { TextField } from "@/components/ui/TextField";
import { keepingInput, useResetAfterSave } from "@/components/ui/submit-keeping-input";
import type { AddedFeed } from "@/lib/monitoring/feeds";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<AddedFeed>;

/** Adds a feed to a source by the feed's address or the site's (the feed is then discovered). */
export function AddFeedForm({
  sourceId,
  defaults,
  action,
}: {
  sourceId: string;
  defaults: { pollMinutes: number; maxItemsPerPoll: number };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, submit, pending] = useActionState(action, null);
  const form = useResetAfterSave(result);
  const refused = result && !result.ok ? result : null;
  const duplicateOf = refused?.current?.duplicateOf as { id: string; sourceId: string; sourceName: string } | undefined;
  const added = result?.ok ? result.data : null;
  return (
    <form ref={form} {...keepingInput(submit)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="sourceId" value={sourceId} />
      <div>
        <TextField
          id="address"
          label="Feed or site address"
          help="An RSS, Atom or JSON Feed address, or the site's address: its announced feed is found."
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          errors={refused?.fieldErrors?.address}
        />
        {duplicateOf ? (
          <p className="mt-1 text-sm">
            <Link
              href={`/moderation/sources/${duplicateOf.sourceId}#feed-${duplicateOf.id}`}
              className="font-medium text-slate-900 underline underline-offset-2"
            >
              Open the feed watched for {duplicateOf.sourceName}
            </Link>
          </p>
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-3 sm:max-w-md">
        <TextField
          id="pollMinutes"
          label="Poll every (minutes)"
          type="number"
          min={5}
          max={1440}
          inputMode="numeric"
          defaultValue={defaults.pollMinutes}
          errors={refused?.fieldErrors?.pollMinutes}
        />
        <TextField
          id="maxItemsPerPoll"
          label="New items per poll"
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          defaultValue={defaults.maxItemsPerPoll}
          errors={refused?.fieldErrors?.maxItemsPerPoll}
        />
      </div>
      <Button disabled={pending}>{pending ? "Looking for the feed…" : "Watch feed"}</Button>
      {refused ? <FormStatus result={refused} success="" /> : null}
      {added ? (
        <div role="status" className="text-sm text-emerald-900">
          <p className="font-medium">
            Now watching {added.title ? `“${added.title}”` : added.url} (
            {added.format === "JSON" ? "JSON Feed" : added.format === "ATOM" ? "Atom" : "RSS"})
            {added.discoveredFrom ? `, found on ${added.discoveredFrom}` : ""}.
          </p>
          {added.otherFeeds.length ? (
            <p className="mt-1 break-all text-slate-700">
              The page also announces: {added.otherFeeds.join(", ")}. Add them by their address if they are wanted.
            </p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
