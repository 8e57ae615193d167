"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { useFocusOnResult } from "@/components/ui/focus-on-result";
import { FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { StaleNotice } from "@/components/ui/StaleNotice";
import { keepingInput, useResetAfterSave } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useVersionedForm } from "@/components/ui/versioned-form";
import type { MutationResult } from "@/lib/mutation";

type Action<T> = (previous: MutationResult<T> | null, form: FormData) => Promise<MutationResult<T>>;

export type AppearanceActions = {
  reselect: Action<{ id: string; version: number }>;
  remove: Action<{ id: string }>;
  add: Action<{ id: string }>;
};

const buttonClass =
  "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * Change an appearance's quote (the words of its article where the claim is made) or remove it.
 * The quote is typed or pasted: the same words found nearest the old place are the new quote.
 */
export function AppearanceControls({
  appearance,
  actions,
}: {
  appearance: { id: string; exact: string; version: number; articleTitle: string };
  actions: Pick<AppearanceActions, "reselect" | "remove">;
}) {
  const { result, pending, stale, version, errors, form } = useVersionedForm(actions.reselect, {
    version: appearance.version,
    initial: { quote: appearance.exact },
  });
  const [removed, submitRemove, removing] = useActionState(actions.remove, null);
  const statusRef = useFocusOnResult(result);
  const removedRef = useFocusOnResult(removed);
  const id = `appearance-${appearance.id}-quote`;
  return (
    <div className="space-y-2 border-t border-slate-200 px-4 py-3">
      <details>
        <summary className="cursor-pointer text-sm font-medium text-slate-900 underline underline-offset-2">
          Change the quote<span className="sr-only"> in “{appearance.articleTitle}”</span>
        </summary>
        <form {...form} className="mt-2 space-y-2" aria-label={`Change the quote in “${appearance.articleTitle}”`}>
          <input type="hidden" name="appearanceId" value={appearance.id} />
          <input type="hidden" name="version" value={version} />
          <TextAreaField
            id={id}
            name="quote"
            label="Words of the article where the claim is made"
            help="Copy them exactly from the article's text (open it from the title above)."
            rows={3}
            maxLength={5000}
            defaultValue={appearance.exact}
            errors={errors("quote")}
          />
          {stale ? <StaleNotice fields={[{ label: "Quote", value: String(stale.exact) }]} /> : null}
          <Button disabled={pending}>{pending ? "Saving…" : "Save the quote"}</Button>
          <FormStatus result={result} success="Quote changed." focusRef={statusRef} />
        </form>
      </details>
      <form action={submitRemove}>
        <input type="hidden" name="appearanceId" value={appearance.id} />
        <input type="hidden" name="version" value={appearance.version} />
        <button type="submit" className={`${buttonClass} text-red-800`} disabled={removing}>
          Remove this appearance<span className="sr-only"> in “{appearance.articleTitle}”</span>
        </button>
      </form>
      {removed && !removed.ok ? <FormStatus result={removed} success="" focusRef={removedRef} /> : null}
    </div>
  );
}

/** One more appearance: words of an article already on file. */
export function AddAppearanceForm({
  claimId,
  articles,
  action,
}: {
  claimId: string;
  articles: { id: string; title: string }[];
  action: AppearanceActions["add"];
}) {
  const [result, submit, pending] = useActionState(action, null);
  const formRef = useResetAfterSave(result);
  const statusRef = useFocusOnResult(result);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form ref={formRef} {...keepingInput(submit)} className="space-y-3" aria-label="Add an appearance">
      <input type="hidden" name="claimId" value={claimId} />
      <SelectField
        id="appearance-article"
        name="articleId"
        label="Article"
        emptyLabel="Choose an article…"
        options={articles.map((article) => ({ value: article.id, label: article.title }))}
        aria-invalid={errors?.articleId ? true : undefined}
      />
      <TextAreaField
        id="appearance-quote"
        name="quote"
        label="Words of the article where the claim is made"
        help="Copy them exactly from the article's text."
        rows={2}
        maxLength={5000}
        errors={errors?.quote}
      />
      <Button variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Add the appearance"}
      </Button>
      <FormStatus result={result} success="Appearance added." focusRef={statusRef} />
    </form>
  );
}
