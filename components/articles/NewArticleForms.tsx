"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import type { IngestOutcome } from "@/lib/articles/mutations";
import { PASTED_ARTICLE_LIMITS } from "@/lib/articles/schemas";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<IngestOutcome>;
type Action = (previous: Result | null, form: FormData) => Promise<Result>;

/**
 * The two ways to add an article: its address (the server fetches it) or its pasted text. A refused
 * one keeps what was typed.
 */
export function NewArticleForms({ fetchAction, pasteAction }: { fetchAction: Action; pasteAction: Action }) {
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <UrlForm action={fetchAction} />
      <PasteForm action={pasteAction} />
    </div>
  );
}

function UrlForm({ action }: { action: Action }) {
  const [result, submit, pending] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <section aria-labelledby="by-url" className="min-w-0">
      <h2 id="by-url" className="font-serif text-xl font-bold text-slate-900">
        From its web address
      </h2>
      <p className="mt-1 text-sm text-slate-600">Factdesk fetches the page and keeps its title, author, publisher, date and text.</p>
      <form {...keepingInput(submit)} className="mt-4 space-y-3">
        <TextField
          id="url"
          label="Article address"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          errors={errors?.url}
        />
        <Button disabled={pending}>{pending ? "Fetching…" : "Fetch article"}</Button>
        {result && !result.ok && !errors?.url ? <FormStatus result={result} success="" /> : null}
      </form>
    </section>
  );
}

function PasteForm({ action }: { action: Action }) {
  const [result, submit, pending] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <section aria-labelledby="by-paste" className="min-w-0">
      <h2 id="by-paste" className="font-serif text-xl font-bold text-slate-900">
        Paste its text
      </h2>
      <p className="mt-1 text-sm text-slate-600">For pages that cannot be fetched (paywalls, print editions, transcripts).</p>
      <form {...keepingInput(submit)} className="mt-4 space-y-3">
        <TextField id="title" label="Title" maxLength={PASTED_ARTICLE_LIMITS.title} errors={errors?.title} />
        <TextAreaField
          id="text"
          label="Article text"
          help="Keep the paragraphs: leave a blank line between them."
          rows={12}
          maxLength={PASTED_ARTICLE_LIMITS.text}
          errors={errors?.text}
        />
        <TextField
          id="paste-url"
          name="url"
          label="Web address (optional)"
          type="url"
          inputMode="url"
          maxLength={PASTED_ARTICLE_LIMITS.url}
          errors={errors?.url}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id="publisher"
            label="Publisher (optional)"
            help="Its name or web address."
            maxLength={PASTED_ARTICLE_LIMITS.publisher}
            errors={errors?.publisher}
          />
          <TextField id="publishedAt" label="Published on (optional)" type="date" errors={errors?.publishedAt} />
        </div>
        <Button disabled={pending}>{pending ? "Adding…" : "Add article"}</Button>
        <FormStatus result={result} success="" />
      </form>
    </section>
  );
}
