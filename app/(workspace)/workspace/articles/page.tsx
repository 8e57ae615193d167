import Link from "next/link";
import { ArticleTable } from "@/components/articles/ArticleTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listArticlesForWorkspace } from "@/lib/articles/queries";
import { requestedPage, type ListSearchParams } from "@/lib/pagination";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Articles" };

type Props = { searchParams: ListSearchParams };

export default async function WorkspaceArticlesPage({ searchParams }: Props) {
  await requireStaffPage("/workspace/articles");
  const { items, page, pageCount, total } = await listArticlesForWorkspace(await requestedPage(searchParams));

  return (
    <>
      <PageHeader title="Articles" description="Ingested articles, newest first, with the claims found in each.">
        <div className="flex flex-wrap gap-2">
          <Link
            href="/workspace/articles/new"
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700"
          >
            Add an article
          </Link>
          <Link
            href="/workspace/claims/new"
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
          >
            Write a claim
          </Link>
        </div>
      </PageHeader>
      <ArticleTable articles={items} />
      <Pagination basePath="/workspace/articles" page={page} pageCount={pageCount} total={total} noun="articles" one="article" />
    </>
  );
}
