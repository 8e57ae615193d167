"use client";

import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import { StaleNotice } from "@/components/ui/StaleNotice";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<{ version: number }>;
type Topic = { id: string; name: string };

/**
 * The claim's text, claimant and topics. Saves name the version they were based on; when someone
 * else saved first, the form says what they saved and keeps what was typed here. While the text
 * and claimant cannot change (`fixed`: why), they are shown read-only and only topics are edited.
 */
export function ClaimEditForm({
  claim,
  topics,
  claimantNames,
  quotes = 0,
  fixed,
  action,
}: {
  /** claimDate: YYYY-MM-DD, or "" when unknown. */
  claim: { id: string; text: string; claimant: string; claimDate: string; topicIds: string[]; version: number };
  topics: Topic[];
  claimantNames: string[];
  /** How many appearances quote the claim (they do not follow its text). */
  quotes?: number;
  fixed?: string | null;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
}) {
  const { result, pending, stale, version, errors, form } = useVersionedForm(action, {
    version: claim.version,
    initial: { text: claim.text, claimant: claim.claimant, claimDate: claim.claimDate, topicIds: claim.topicIds },
  });

  return (
    <form {...form} className="space-y-4" aria-label={fixed ? "Edit the claim's topics" : "Edit the claim"}>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={version} />
      {fixed ? (
        <div className="space-y-2" data-testid="claim-fixed">
          <p className="text-sm text-slate-700">{fixed}</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="font-medium text-slate-800">Claim</dt>
            <dd className="break-words text-slate-900">{claim.text}</dd>
            <dt className="font-medium text-slate-800">Claimant</dt>
            <dd className="text-slate-900">{claim.claimant || "none"}</dd>
            <dt className="font-medium text-slate-800">Date</dt>
            <dd className="text-slate-900">{claim.claimDate || "unknown"}</dd>
          </dl>
          {/* Sent unchanged, so that saving the topics changes nothing else. */}
          <input type="hidden" name="text" value={claim.text} />
          <input type="hidden" name="claimant" value={claim.claimant} />
          <input type="hidden" name="claimDate" value={claim.claimDate} />
        </div>
      ) : (
        <>
          <TextAreaField
            id="claim-text"
            name="text"
            label="Claim"
            help={
              quotes
                ? "Its quotes in articles do not change with it: after rewording, check them under Appearances and change a quote if the claim is made in other words."
                : undefined
            }
            rows={3}
            defaultValue={claim.text}
            errors={errors("text")}
          />
          <TextField
            id="claim-claimant"
            name="claimant"
            label="Claimant"
            help="Who made the claim. A new name adds a claimant."
            list="claimant-names"
            autoComplete="off"
            defaultValue={claim.claimant}
            errors={errors("claimant")}
          />
          <datalist id="claimant-names">
            {claimantNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <TextField
            id="claim-date"
            name="claimDate"
            label="Date the claim was made"
            help="Empty if unknown."
            type="date"
            defaultValue={claim.claimDate}
            errors={errors("claimDate")}
          />
        </>
      )}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Topics</legend>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {topics.map((topic) => (
            <li key={topic.id}>
              <label className="inline-flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="topicIds"
                  value={topic.id}
                  defaultChecked={claim.topicIds.includes(topic.id)}
                  className="size-4 accent-slate-900"
                />
                {topic.name}
              </label>
            </li>
          ))}
        </ul>
        {errors("topicIds") ? <p className="mt-1 text-sm text-red-800">{errors("topicIds")!.join(" ")}</p> : null}
      </fieldset>
      {stale ? (
        <StaleNotice
          fields={[
            { label: "Claim", value: String(stale.text) },
            { label: "Claimant", value: String(stale.claimant || "none") },
            { label: "Date", value: String(stale.claimDate || "unknown") },
            { label: "Topics", value: Array.isArray(stale.topics) && stale.topics.length ? stale.topics.join(", ") : "none" },
          ]}
          note="Your text is still in the form: compare, then save again to replace theirs."
        />
      ) : null}
      <Button disabled={pending}>{pending ? "Saving…" : fixed ? "Save topics" : "Save claim"}</Button>
      <FormStatus result={result} success="Claim saved." />
    </form>
  );
}
