import "server-only";
import { db } from "@/lib/db";
import { paginate } from "@/lib/pagination";

/** Articles for the workspace, newest ingested first, with how many distinct claims each holds. */
export function listArticlesForWorkspace(requestedPage: number) {
  return paginate(requestedPage, () => db.article.count(), withClaimCounts);
}

async function withClaimCounts(range: { skip: number; take: number }) {
  const articles = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...range,
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      publisherName: true,
      publisher: { select: { name: true } },
    },
  });

  // One claim can appear several times in an article; count claims, not appearances.
  const pairs = await db.appearance.groupBy({
    by: ["articleId", "claimId"],
    where: { articleId: { in: articles.map((article) => article.id) } },
  });
  const claimCounts = new Map<string, number>();
  for (const { articleId } of pairs) claimCounts.set(articleId, (claimCounts.get(articleId) ?? 0) + 1);

  return articles.map((article) => ({ ...article, claimCount: claimCounts.get(article.id) ?? 0 }));
}

export type WorkspaceArticle = Awaited<ReturnType<typeof listArticlesForWorkspace>>["items"][number];

/** One article for the reader view: its text, publisher, appearances (with their claims) and rejected suggestions. */
export function getArticleForReader(id: string) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      title: true,
      author: true,
      publishedAt: true,
      fetchedAt: true,
      createdAt: true,
      text: true,
      publisherName: true,
      publisher: { select: { id: true, name: true, domain: true, reliability: true, status: true } },
      appearances: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          exact: true,
          prefix: true,
          suffix: true,
          anchorStatus: true,
          claim: { select: { id: true, text: true, status: true, claimant: { select: { name: true } } } },
        },
      },
      rejections: { select: { text: true, start: true, end: true } },
      // Stored when the text was saved (lib/articles/stored-suggestions.ts); open ones are proposed.
      suggestions: {
        where: { state: "OPEN" },
        // As the suggester ranked them when the text was saved: best first.
        orderBy: [{ rank: "asc" }, { start: "asc" }],
        select: {
          id: true,
          rank: true,
          text: true,
          claimant: true,
          score: true,
          start: true,
          end: true,
          sentenceStart: true,
          sentenceEnd: true,
        },
      },
      _count: { select: { suggestions: true } },
    },
  });
}

export type ReaderArticle = NonNullable<Awaited<ReturnType<typeof getArticleForReader>>>;

/** Recent articles to quote from when writing a claim by hand. */
export function listArticlesToQuote(limit = 50) {
  return db.article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { id: true, title: true } });
}

/** A source's name and domain, for a notice that names it. */
export function getSourceSummary(id: string) {
  return db.source.findUnique({ where: { id }, select: { id: true, name: true, domain: true } });
}

export type SourceSummary = NonNullable<Awaited<ReturnType<typeof getSourceSummary>>>;
