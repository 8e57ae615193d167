"use server";

import { redirect } from "next/navigation";
import { ingestArticleFromUrl, ingestPastedArticle, refetchArticle, type IngestOutcome } from "@/lib/articles/mutations";
import { rejectSuggestion } from "@/lib/articles/suggestions";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";

type IngestResult = MutationResult<IngestOutcome>;

/** After a save, the reader view of the article, told what happened (created, already on file, updated). */
function toReader(result: IngestResult): IngestResult {
  if (!result.ok) return result;
  const query = new URLSearchParams({ outcome: result.data.outcome });
  if (result.data.proposedSource) query.set("proposed", result.data.proposedSource.domain);
  if (result.data.proposedSource?.sameName) query.set("sameName", result.data.proposedSource.sameName.id);
  if (result.data.publisherNotice) query.set("publisher", "unmatched");
  if (result.data.outcome === "updated") query.set("orphaned", String(result.data.orphaned));
  redirect(`/workspace/articles/${result.data.articleId}?${query}`);
}

export async function addArticleFromUrl(_previous: IngestResult | null, form: FormData): Promise<IngestResult> {
  return toReader(await ingestArticleFromUrl({ url: form.get("url") }));
}

export async function addPastedArticle(_previous: IngestResult | null, form: FormData): Promise<IngestResult> {
  return toReader(
    await ingestPastedArticle({
      title: form.get("title"),
      text: form.get("text"),
      url: form.get("url") ?? undefined,
      publisher: form.get("publisher") ?? undefined,
      publishedAt: form.get("publishedAt") ?? undefined,
    }),
  );
}

export async function refetch(_previous: IngestResult | null, form: FormData): Promise<IngestResult> {
  return toReader(await refetchArticle({ articleId: form.get("articleId") }));
}

export async function reject(_previous: MutationResult<{ id: string }> | null, form: FormData): Promise<MutationResult<{ id: string }>> {
  return refreshedOnSuccess(
    rejectSuggestion({ articleId: form.get("articleId"), text: form.get("text"), start: form.get("start"), end: form.get("end") }),
  );
}
