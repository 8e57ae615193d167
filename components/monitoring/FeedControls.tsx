"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { StaleNotice } from "@/components/ui/StaleNotice";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import type { WatchedFeed } from "@/lib/monitoring/feeds";
import type { MutationResult } from "@/lib/mutation";

type Saved = MutationResult<{ id: string; version: number }>;
type Done = MutationResult<unknown>;

const fieldLabels = { pollMinutes: "Poll every (minutes)", maxItemsPerPoll: "New items per poll" } as const;
const fields = Object.keys(fieldLabels) as (keyof typeof fieldLabels)[];

/** A watched feed's settings (versioned), pause/resume and removal. */
export function FeedControls({
  feed,
  label,
  actions,
}: {
  feed: Pick<WatchedFeed, "id" | "version" | "status" | "pollMinutes" | "maxItemsPerPoll">;
  /** The feed's name, for the buttons' accessible names. */
  label: string;
  actions: {
    settings: (previous: Saved | null, form: FormData) => Promise<Saved>;
    status: (previous: Done | null, form: FormData) => Promise<Done>;
  };
}) {
  const settings = useVersionedForm(actions.settings, {
    version: feed.version,
    initial: { pollMinutes: feed.pollMinutes, maxItemsPerPoll: feed.maxItemsPerPoll },
    fields,
  });
  const [statusResult, submitStatus, statusPending] = useActionState(actions.status, null);
  const id = (name: string) => `feed-${feed.id}-${name}`;
  const paused = feed.status === "PAUSED";

  return (
    <div className="mt-3 space-y-3">
      <form {...settings.form} className="flex flex-wrap items-end gap-3" noValidate aria-label={`Settings of ${label}`}>
        <input type="hidden" name="id" value={feed.id} />
        <input type="hidden" name="version" value={settings.version} />
        <div className="w-40">
          <TextField
            id={id("pollMinutes")}
            name="pollMinutes"
            label={fieldLabels.pollMinutes}
            type="number"
            min={5}
            max={1440}
            inputMode="numeric"
            defaultValue={feed.pollMinutes}
            errors={settings.errors("pollMinutes")}
          />
        </div>
        <div className="w-40">
          <TextField
            id={id("maxItemsPerPoll")}
            name="maxItemsPerPoll"
            label={fieldLabels.maxItemsPerPoll}
            type="number"
            min={1}
            max={500}
            inputMode="numeric"
            defaultValue={feed.maxItemsPerPoll}
            errors={settings.errors("maxItemsPerPoll")}
          />
        </div>
        <Button variant="secondary" disabled={settings.pending}>
          {settings.pending ? "Saving…" : "Save settings"}
        </Button>
      </form>
      {settings.changed.length ? (
        <StaleNotice
          fields={settings.changed.map((field) => ({ label: fieldLabels[field], value: String(settings.stale?.[field] ?? "") }))}
        />
      ) : null}
      <FormStatus result={settings.result} success="Settings saved." />

      <form action={submitStatus} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="id" value={feed.id} />
        <input type="hidden" name="version" value={feed.version} />
        <input type="hidden" name="status" value={paused ? "ACTIVE" : "PAUSED"} />
        <button
          type="submit"
          name="decision"
          value="status"
          disabled={statusPending}
          aria-label={`${paused ? "Resume" : "Pause"} ${label}`}
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-70"
        >
          {paused ? "Resume" : "Pause"}
        </button>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-red-800 underline underline-offset-2">Remove…</summary>
          <p className="mt-2 text-slate-700">It is no longer polled; articles it brought in stay.</p>
          <button
            type="submit"
            name="decision"
            value="remove"
            disabled={statusPending}
            aria-label={`Stop watching ${label}`}
            className="mt-2 rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 disabled:cursor-wait disabled:opacity-70"
          >
            Stop watching this feed
          </button>
        </details>
      </form>
      {statusResult && !statusResult.ok ? <FormStatus result={statusResult} success="" /> : null}
    </div>
  );
}
