import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/articles/ArticleText";
import { ReaderWorkbench, type ReaderSuggestion } from "@/components/articles/ReaderWorkbench";
import { RefetchButton } from "@/components/articles/RefetchButton";
import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import { layoutArticle, type Highlight } from "@/lib/articles/highlights";
import { getArticleForReader, getSourceSummary, type ReaderArticle, type SourceSummary } from "@/lib/articles/queries";
import { openSuggestions } from "@/lib/articles/suggestions";
import { claimStatusLabel } from "@/lib/claims/labels";
import { foreignSentences, type ForeignSentence } from "@/lib/claims/language";
import { splitSentences } from "@/lib/claims/sentences";
import { can } from "@/lib/permissions";
import { getCurrentUser, requireStaffPage } from "@/lib/session";
import { permissionForPath } from "@/lib/staff-pages";
import { attachAppearanceAction, createClaimAction, similarClaimsAction } from "@/app/(workspace)/workspace/claims/new/actions";
import { refetch, reject } from "../actions";

/**
 * A suggestion's element id: a stored one keeps its id, so links from Today's claims land on it;
 * its number was fixed when it was proposed, so deciding on one never renumbers the others.
 */
const readerId = ({ suggestionId, number }: { suggestionId?: string; number: number }) =>
  suggestionId ? `suggestion-${suggestionId}` : `suggestion-${number}`;

/** How many suggestions the reader shows at first, and how many more each "show more" adds. */
const SUGGESTIONS_SHOWN = 25;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  // Metadata renders beside the page: name the article only to those who may open the page.
  const viewer = await getCurrentUser();
  const needed = permissionForPath(`/workspace/articles/${id}`);
  if (!viewer || !needed || !can(viewer.role, needed)) return { title: "Article" };
  const article = await getArticleForReader(id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticleReaderPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/workspace/articles/${id}`);
  const article = await getArticleForReader(id);
  if (!article) notFound();
  const query = await searchParams;
  const sameName = typeof query.sameName === "string" ? await getSourceSummary(query.sameName) : null;

  const anchored = article.appearances.filter((appearance) => appearance.anchorStatus === "ANCHORED");
  const orphans = article.appearances.filter((appearance) => appearance.anchorStatus === "ORPHANED");
  const open = openSuggestions(article.text, article, article._count.suggestions ? article.suggestions : null);
  // A long article can have well over a thousand suggestions: the best come first, more on request,
  // so that the page stays small (issue 15 item 6). A link from Today's claims to one further down
  // shows enough to reach it.
  const wanted = Number(typeof query.shown === "string" ? query.shown : NaN);
  const linked =
    typeof query.suggestion === "string" ? open.findIndex((suggestion) => suggestion.suggestionId === query.suggestion) + 1 : 0;
  const shown = Math.min(open.length, Math.max(linked, Number.isInteger(wanted) && wanted > 0 ? wanted : SUGGESTIONS_SHOWN));
  const suggestions: ReaderSuggestion[] = open.slice(0, shown).map(({ text, claimant, score, start, end, number, suggestionId }) => ({
    text,
    claimant,
    score,
    start,
    end,
    number,
    id: readerId({ suggestionId, number }),
  }));
  const sentences = splitSentences(article.text).map(({ start, end }) => ({ start, end }));
  // Sentences not in English are not scored: marked in the text and listed, never dropped silently.
  const foreign = foreignSentences(article.text, sentences).map((sentence, index) => ({ ...sentence, id: `not-scored-${index + 1}` }));
  // Claims first: a suggestion over text that already holds a claim is not shown.
  const highlights: Highlight[] = [
    ...anchored.map((appearance, index) => ({
      start: appearance.start,
      end: appearance.end,
      kind: "appearance" as const,
      id: `appearance-${appearance.id}`,
      target: `claim-card-${appearance.id}`,
      label: `Claim C${index + 1} on file`,
      marker: `C${index + 1}`,
    })),
    ...suggestions.map((suggestion) => ({
      start: suggestion.start,
      end: suggestion.end,
      kind: "suggestion" as const,
      id: `in-text-${suggestion.id}`,
      target: suggestion.id,
      label: `Suggested claim ${suggestion.number}`,
      marker: String(suggestion.number),
    })),
    ...foreign.map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      kind: "foreign" as const,
      id: `in-text-${sentence.id}`,
      target: sentence.id,
      label: `Not scored: ${sentence.language}`,
      marker: `not scored: ${sentence.language}`,
    })),
  ];

  return (
    <>
      <header className="mb-6 border-b border-slate-200 pb-4">
        <p className="text-sm font-medium text-slate-600">
          <Link href="/workspace/articles" className="underline underline-offset-2">
            Articles
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">{article.title}</h1>
        <ArticleFacts article={article} />
        <div className="mt-3 flex flex-wrap items-start gap-3 text-sm">
          {article.url ? <RefetchButton articleId={article.id} action={refetch} /> : null}
          <Link
            href={`/workspace/claims/new?articleId=${article.id}`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 hover:bg-slate-100"
          >
            Write a claim quoting this article
          </Link>
        </div>
      </header>

      <Notices query={query} article={article} sameName={sameName} />

      <ReaderWorkbench
        articleId={article.id}
        text={article.text}
        sentences={sentences}
        suggestions={suggestions}
        totalSuggestions={open.length}
        moreHref={shown < open.length ? `?shown=${shown + SUGGESTIONS_SHOWN}#${readerId(open[shown]!)}` : null}
        actions={{ create: createClaimAction, attach: attachAppearanceAction, similar: similarClaimsAction }}
        reject={reject}
        aside={
          <>
            <ClaimsInArticle anchored={anchored} orphans={orphans} />
            <NotScored text={article.text} sentences={foreign} />
          </>
        }
      >
        <ArticleText paragraphs={layoutArticle(article.text, highlights)} />
      </ReaderWorkbench>
    </>
  );
}

function ArticleFacts({ article }: { article: ReaderArticle }) {
  const publisher = article.publisher;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{publisher ? publisher.name : (article.publisherName ?? "Publisher unknown")}</span>
      {!publisher && article.publisherName ? <Badge tone="amber">Not in the source registry</Badge> : null}
      {publisher?.reliability === "UNRATED" ? <Badge tone="amber">Source not rated yet</Badge> : null}
      {publisher?.status === "WATCH" ? <Badge tone="amber">Source on watch</Badge> : null}
      {article.author ? <span>By {article.author}</span> : null}
      {article.publishedAt ? (
        <span>
          Published <FormattedDate date={article.publishedAt} />
        </span>
      ) : null}
      {article.url ? (
        <span className="break-all">
          <UntrustedLink href={article.url}>Original page</UntrustedLink>
        </span>
      ) : (
        <span>Pasted text</span>
      )}
      {article.fetchedAt ? (
        <span>
          Fetched <FormattedDate date={article.fetchedAt} />
        </span>
      ) : null}
    </div>
  );
}

function Notices({
  query,
  article,
  sameName,
}: {
  query: Record<string, string | string[] | undefined>;
  article: ReaderArticle;
  sameName: SourceSummary | null;
}) {
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
  const notices: React.ReactNode[] = [];
  const outcome = one("outcome");
  if (outcome === "created") notices.push("Article added.");
  if (outcome === "unchanged") notices.push("This article was already on file with the same text; nothing was added.");
  if (outcome === "updated") {
    const orphaned = Number(one("orphaned") ?? 0);
    notices.push(
      `The article's text had changed and was updated; its claims were looked for in the new text.${orphaned ? ` ${orphaned} could not be found: see “Quotes no longer found” below.` : ""}`,
    );
  }
  if (one("proposed") && article.publisher) {
    notices.push(
      `${article.publisher.name} (${article.publisher.domain}) was not in the source registry: it was added as a new source, not rated yet, for moderators to review.`,
    );
    if (sameName && sameName.id !== article.publisher.id)
      notices.push(
        <strong key="same-name" className="block font-semibold text-amber-900">
          A source of the same name is already in the registry: {sameName.name} ({sameName.domain}). If they are the same outlet,{" "}
          <Link
            href={`/moderation/sources/${sameName.id}/merge?duplicate=${article.publisher.id}`}
            className="underline underline-offset-2"
          >
            merge {article.publisher.domain} into it
          </Link>{" "}
          (moderators).
        </strong>,
      );
  }
  if (one("publisher") === "unmatched")
    notices.push(
      "The publisher you named matched no source in the registry; its name is kept on the article. Give its web address to link the article to a source.",
    );
  const created = one("created");
  const attached = one("attached");
  if (!notices.length && !created && !attached) return null;
  return (
    <div
      id="claim-made"
      role="status"
      className="mb-6 space-y-1 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      {notices.map((notice, index) => (
        <p key={index}>{notice}</p>
      ))}
      {created ? (
        <p>
          Claim created.{" "}
          <Link href={`/workspace/claims/${created}`} className="font-semibold underline underline-offset-2">
            Open the claim
          </Link>
        </p>
      ) : null}
      {attached ? (
        <p>
          This article was added as an appearance of an existing claim.{" "}
          <Link href={`/workspace/claims/${attached}`} className="font-semibold underline underline-offset-2">
            Open the claim
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function ClaimsInArticle({ anchored, orphans }: { anchored: ReaderArticle["appearances"]; orphans: ReaderArticle["appearances"] }) {
  return (
    <>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="font-serif text-xl font-bold text-slate-900">
          Claims in this article
        </h2>
        {anchored.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">None yet.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {anchored.map((appearance, index) => (
              <li
                key={appearance.id}
                id={`claim-card-${appearance.id}`}
                className="scroll-mt-4 rounded-lg border border-sky-300 bg-white p-3 text-sm"
              >
                <p className="font-semibold text-sky-900">C{index + 1}</p>
                <p className="mt-1 text-base text-slate-900">
                  <Link href={`/workspace/claims/${appearance.claim.id}`} className="underline underline-offset-2 hover:decoration-2">
                    {appearance.claim.text}
                  </Link>
                </p>
                <p className="mt-1 flex flex-wrap gap-2 text-slate-600">
                  <span>{appearance.claim.claimant?.name ?? "Claimant unknown"}</span>
                  <Badge>{claimStatusLabel[appearance.claim.status]}</Badge>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {orphans.length ? (
        <section aria-labelledby="orphans-heading" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <h2 id="orphans-heading" className="font-serif text-lg font-bold text-red-950">
            Quotes no longer found
          </h2>
          <p className="mt-1 text-sm text-red-950">
            After the article was fetched again, these quotes could not be found in its text. They are kept as they were; check the original
            page before relying on them.
          </p>
          <ul className="mt-3 space-y-3 text-sm">
            {orphans.map((appearance) => (
              <li key={appearance.id} id={`appearance-${appearance.id}`} className="scroll-mt-4 rounded border border-red-200 bg-white p-3">
                <blockquote className="text-slate-900">“{appearance.exact}”</blockquote>
                <p className="mt-1 text-slate-700">
                  Claim:{" "}
                  <Link href={`/workspace/claims/${appearance.claim.id}`} className="underline underline-offset-2">
                    {appearance.claim.text}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function NotScored({ text, sentences }: { text: string; sentences: (ForeignSentence & { id: string })[] }) {
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="not-scored-heading">
      <h2 id="not-scored-heading" className="font-serif text-xl font-bold text-slate-900">
        Not scored
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        These sentences are not in English, so no claims were suggested from them. Select their words to make a claim by hand.
      </p>
      <ul className="mt-3 space-y-2 text-sm">
        {sentences.map((sentence) => (
          <li key={sentence.id} id={sentence.id} className="scroll-mt-4 rounded border border-slate-300 bg-white p-3">
            <p className="font-semibold text-slate-800">Not scored: {sentence.language}</p>
            <p className="mt-1 break-words text-slate-900" dir="auto">
              <a href={`#in-text-${sentence.id}`} className="underline underline-offset-2">
                {excerpt(text.slice(sentence.start, sentence.end))}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerpt(sentence: string): string {
  return sentence.length > 140 ? `${sentence.slice(0, 140)}…` : sentence;
}
