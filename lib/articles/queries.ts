import { db } from "@/lib/db";
import { pageBounds, type Page } from "@/lib/pagination";

/** Articles for the workspace, newest ingested first, with how many distinct claims each holds. */
export async function listArticlesForWorkspace(requestedPage: number) {
  const total = await db.article.count();
  const { page, pageCount, skip, take } = pageBounds(requestedPage, total);
  const articles = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      createdAt: true,
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

  const items = articles.map((article) => ({ ...article, claimCount: claimCounts.get(article.id) ?? 0 }));
  return { items, page, pageCount, total } satisfies Page<unknown>;
}

export type WorkspaceArticle = Awaited<ReturnType<typeof listArticlesForWorkspace>>["items"][number];
