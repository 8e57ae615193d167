"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { formatScore } from "@/lib/score-percent";
import { Button } from "@/components/ui/Button";
import { FormStatus } from "@/components/ui/FormStatus";
import { ClaimForm, type ClaimFormActions } from "@/components/claims/ClaimForm";
import { KeyboardSpanPicker } from "./KeyboardSpanPicker";
import type { SuggestedClaim } from "@/lib/claims/suggest";
import type { MutationResult } from "@/lib/mutation";

export type ReaderSuggestion = Pick<SuggestedClaim, "text" | "claimant" | "score" | "start" | "end"> & { id: string; number: number };
type RejectResult = MutationResult<{ id: string }>;
type Span = { start: number; end: number; quote: string };

/**
 * The reader view's working parts: suggestions to accept, edit or reject, and any span of the
 * article selected with the mouse or by touch turned into a claim. The article text itself is
 * rendered on the server (ArticleText) and passed in as children.
 */
export function ReaderWorkbench({
  articleId,
  text,
  sentences,
  suggestions,
  totalSuggestions,
  moreHref,
  actions,
  reject,
  aside,
  children,
}: {
  articleId: string;
  text: string;
  /** The article's sentences (offsets into `text`), for choosing words by keyboard. */
  sentences: { start: number; end: number }[];
  suggestions: ReaderSuggestion[];
  /** How many open suggestions there are; `suggestions` holds the best of them. */
  totalSuggestions: number;
  /** The link that shows more of them, or null when all are shown. */
  moreHref: string | null;
  actions: ClaimFormActions;
  reject: (previous: RejectResult | null, form: FormData) => Promise<RejectResult>;
  aside?: React.ReactNode;
  children: React.ReactNode;
}) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [draft, setDraft] = useState<Span | null>(null);

  useEffect(() => {
    const onChange = () => setSelection(textRef.current ? selectedSpan(textRef.current, text) : null);
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text]);

  const startDraft = useCallback(() => {
    if (!selection) return;
    setDraft(selection);
    window.getSelection()?.removeAllRanges();
  }, [selection]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div>
        <p className="mb-4 text-sm text-slate-600">
          Select any words of the article to make a claim from them, or{" "}
          <a href="#keyboard-span" className="font-medium text-slate-900 underline underline-offset-2">
            choose them with the keyboard
          </a>
          . Highlights:{" "}
          <mark className="bg-amber-100 px-1 text-slate-900 underline decoration-amber-700 decoration-dashed decoration-2 underline-offset-4">
            suggested claim
          </mark>
          ,{" "}
          <mark className="bg-sky-100 px-1 text-slate-900 underline decoration-sky-800 decoration-2 underline-offset-4">claim on file</mark>
          .
        </p>
        <div ref={textRef}>{children}</div>
      </div>

      <div className="min-w-0 space-y-8">
        {draft ? (
          <section
            id="selection-claim"
            aria-labelledby="selection-claim-heading"
            className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
          >
            <h2 id="selection-claim-heading" className="font-serif text-lg font-bold text-slate-900">
              New claim from your selection
            </h2>
            <div className="mt-3">
              <ClaimForm
                key={`${draft.start}-${draft.end}`}
                idPrefix="selection"
                actions={actions}
                initialText={draft.quote.replace(/\s+/g, " ")}
                span={{ articleId, ...draft }}
                autoFocus="text"
                onCancel={() => setDraft(null)}
              />
            </div>
          </section>
        ) : null}

        <KeyboardSpanPicker text={text} sentences={sentences} onChoose={setDraft} />

        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="font-serif text-xl font-bold text-slate-900">
            Suggested claims
          </h2>
          {suggestions.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">
              No open suggestions: every proposed claim was accepted or rejected, or none was check-worthy.
            </p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-600">
                {suggestions.length < totalSuggestions
                  ? `The ${suggestions.length} most check-worthy of ${totalSuggestions.toLocaleString("en-GB")}, best first.`
                  : `${totalSuggestions.toLocaleString("en-GB")} ${totalSuggestions === 1 ? "suggestion" : "suggestions"}, best first.`}
              </p>
              <ol className="mt-3 space-y-4">
                {suggestions.map((suggestion) => (
                  <SuggestionCard key={suggestion.id} articleId={articleId} suggestion={suggestion} actions={actions} reject={reject} />
                ))}
              </ol>
              {moreHref ? (
                <p id="suggestion-more" className="mt-4 scroll-mt-4">
                  <a
                    href={moreHref}
                    className="inline-block rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
                  >
                    Show more suggestions
                  </a>
                </p>
              ) : null}
            </>
          )}
        </section>

        {aside}
      </div>

      {selection && !draft ? (
        <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-300 bg-white/95 p-3 shadow-lg">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3">
            <p className="min-w-0 flex-1 truncate text-sm text-slate-700">Selected: “{selection.quote}”</p>
            {/* Keep the selection: a press would otherwise clear it before the click lands. */}
            <Button
              type="button"
              onPointerDown={(event) => event.preventDefault()}
              onMouseDown={(event) => event.preventDefault()}
              onClick={startDraft}
            >
              Make a claim from the selection
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function SuggestionCard({
  articleId,
  suggestion,
  actions,
  reject,
}: {
  articleId: string;
  suggestion: ReaderSuggestion;
  actions: ClaimFormActions;
  reject: (previous: RejectResult | null, form: FormData) => Promise<RejectResult>;
}) {
  const [mode, setMode] = useState<"idle" | "accept" | "edit">("idle");
  const [rejected, submitReject, rejecting] = useActionState(reject, null);
  const heading = `${suggestion.id}-heading`;
  return (
    <li id={suggestion.id} aria-labelledby={heading} className="scroll-mt-4 rounded-lg border border-amber-300 bg-white p-4 shadow-sm">
      <h3 id={heading} className="text-sm font-semibold text-amber-900">
        Suggested claim {suggestion.number}
      </h3>
      <p className="mt-1 text-base text-slate-900">{suggestion.text}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
        <dt className="font-medium">Claimant</dt>
        <dd>{suggestion.claimant ?? "Unknown"}</dd>
        <dt className="font-medium">Check-worthiness</dt>
        <dd>{formatScore(suggestion.score)}</dd>
      </dl>
      {mode === "idle" ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="button" onClick={() => setMode("accept")} aria-describedby={heading}>
            Accept
          </Button>
          <Button type="button" variant="secondary" onClick={() => setMode("edit")} aria-describedby={heading}>
            Edit
          </Button>
          <form action={submitReject}>
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="text" value={suggestion.text} />
            <input type="hidden" name="start" value={suggestion.start} />
            <input type="hidden" name="end" value={suggestion.end} />
            <button
              type="submit"
              disabled={rejecting}
              aria-describedby={heading}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-900"
            >
              {rejecting ? "Rejecting…" : "Reject"}
            </button>
          </form>
        </div>
      ) : (
        <div className="mt-3 border-t border-slate-200 pt-3">
          <ClaimForm
            idPrefix={suggestion.id}
            actions={actions}
            initialText={suggestion.text}
            initialClaimant={suggestion.claimant ?? ""}
            checkworthiness={suggestion.score}
            span={{ articleId, start: suggestion.start, end: suggestion.end, quote: suggestion.text }}
            autoFocus={mode === "edit" ? "text" : "submit"}
            onCancel={() => setMode("idle")}
          />
        </div>
      )}
      <FormStatus result={rejected && !rejected.ok ? rejected : null} success="" />
    </li>
  );
}

/**
 * The selection inside the article as offsets into the stored text: each piece of article text
 * is one text node inside an element with data-offset (ArticleText), so a boundary in such a node
 * is that offset plus the position in the node. Leading and trailing spaces are left out.
 */
function selectedSpan(root: HTMLElement, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;

  let start: number | null = null;
  let end: number | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-offset]");
    if (!segment || !range.intersectsNode(node)) continue;
    const base = Number(segment.dataset.offset);
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : (node.textContent ?? "").length;
    if (to <= from) continue;
    start ??= base + from;
    end = base + to;
  }
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Never split an astral character (emoji) in two.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start]!)) start--;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end]!)) end++;
  if (end <= start) return null;
  return { start, end, quote: text.slice(start, end) };
}
