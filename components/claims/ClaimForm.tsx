"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { useFieldValues } from "@/components/ui/field-values";
import { FieldMessages, FormStatus } from "@/components/ui/FormStatus";
import { SelectField } from "@/components/ui/SelectField";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import type { SimilarClaim } from "@/lib/claims/similar";
import type { MutationResult } from "@/lib/mutation";
import { SimilarClaims, type AttachResult } from "./SimilarClaims";

type Created = MutationResult<{ claimId: string; appearanceId: string | null }>;

export type ClaimFormActions = {
  create: (previous: Created | null, form: FormData) => Promise<Created>;
  attach: (previous: AttachResult | null, form: FormData) => Promise<AttachResult>;
  similar: (text: string) => Promise<SimilarClaim[]>;
};

/**
 * Writing a claim: its text and claimant (prefilled from a suggestion or a selection), where it
 * appears (a span of an article, or for a hand-written claim an article and a quote typed in),
 * and, as it is written, the similar claims already on file (attach instead of duplicating).
 */
export function ClaimForm({
  idPrefix,
  actions,
  initialText = "",
  initialClaimant = "",
  checkworthiness,
  span,
  articles,
  initialArticleId,
  topics,
  submitLabel = "Create claim",
  onCancel,
  autoFocus,
}: {
  idPrefix: string;
  actions: ClaimFormActions;
  initialText?: string;
  initialClaimant?: string;
  checkworthiness?: number;
  /** A span of an article chosen in the reader view. */
  span?: { articleId: string; start: number; end: number; quote: string };
  /** For hand-written claims: articles to quote from. */
  articles?: { id: string; title: string }[];
  initialArticleId?: string;
  topics?: { id: string; name: string }[];
  submitLabel?: string;
  onCancel?: () => void;
  /** What gets the focus when the form opens (it opens on a click in the reader view). */
  autoFocus?: "text" | "submit";
}) {
  const [result, submit, pending] = useActionState(actions.create, null);
  // Similar claims follow the text; an article chosen asks for its quote.
  const { values, bind } = useFieldValues({ text: initialText, articleId: initialArticleId ?? "", quote: "" });
  const { text, articleId, quote } = values;
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const id = (name: string) => `${idPrefix}-${name}`;

  const attachTarget = span
    ? { articleId: span.articleId, start: span.start, end: span.end, quote: span.quote }
    : articleId && quote.trim()
      ? { articleId, quote: quote.trim() }
      : null;

  return (
    <div className="space-y-4">
      <form {...keepingInput(submit)} {...bind} className="space-y-3">
        {span ? (
          <>
            <input type="hidden" name="articleId" value={span.articleId} />
            <input type="hidden" name="start" value={span.start} />
            <input type="hidden" name="end" value={span.end} />
            <input type="hidden" name="quote" value={span.quote} />
            <input type="hidden" name="returnTo" value="article" />
            <figure className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
              <figcaption className="font-medium text-slate-900">Quote in the article</figcaption>
              <blockquote className="mt-1 break-words whitespace-pre-wrap">{span.quote}</blockquote>
            </figure>
            <FieldMessages id={id("quote-error")} messages={errors?.quote} />
            {quoteOutOfStep(text, span.quote) ? (
              <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                The claim&apos;s words now differ from this quote, which stays as the article has it. Is the claim made here? If it is made
                in other words of the article, cancel and select those instead (or change the quote later on the claim desk).
              </p>
            ) : null}
          </>
        ) : null}
        {checkworthiness !== undefined ? <input type="hidden" name="checkworthiness" value={checkworthiness} /> : null}
        <TextAreaField
          id={id("text")}
          name="text"
          label="Claim"
          help="The checkable assertion in the claimant's words, without “he said that”."
          rows={3}
          autoFocus={autoFocus === "text"}
          defaultValue={initialText}
          errors={errors?.text}
        />
        <TextField
          id={id("claimant")}
          name="claimant"
          label="Claimant (optional)"
          help="Who made the claim; an existing claimant of that name is reused."
          defaultValue={initialClaimant}
          errors={errors?.claimant}
        />
        {articles ? (
          <>
            <SelectField
              id={id("article")}
              name="articleId"
              label="Article where it appears (optional)"
              emptyLabel="No article"
              options={articles.map((article) => ({ value: article.id, label: article.title }))}
              defaultValue={initialArticleId ?? ""}
            />
            {articleId ? (
              <TextAreaField
                id={id("quote")}
                name="quote"
                label="Quote from the article"
                help="Copy the words exactly as they appear in the article's text."
                rows={2}
                errors={errors?.quote}
              />
            ) : null}
          </>
        ) : null}
        {topics?.length ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Topics (optional)</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
              {topics.map((topic) => (
                <label key={topic.id} className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" name="topics" value={topic.id} className="size-4" />
                  {topic.name}
                </label>
              ))}
            </div>
            <FieldMessages id={id("topics-error")} messages={errors?.topics} />
          </fieldset>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button disabled={pending} autoFocus={autoFocus === "submit"}>
            {pending ? "Saving…" : submitLabel}
          </Button>
          {onCancel ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
        <FormStatus result={result} success="" />
      </form>
      <SimilarClaims text={text} lookup={actions.similar} attach={attachTarget} attachAction={actions.attach} idPrefix={idPrefix} />
    </div>
  );
}

/** Lower case, single spaces, no closing full stop: how a claim and its quote are compared. */
const comparable = (value: string) =>
  value
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!?]+$/, "");

/** Whether the claim as written is no longer the quote's words (or a part of them). */
function quoteOutOfStep(text: string, quote: string): boolean {
  const claim = comparable(text);
  return claim !== "" && !comparable(quote).includes(claim);
}
