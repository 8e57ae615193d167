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
      <PageHeader title="Articles" description="Ingested articles, newest first, with the claims found in each." />
      <ArticleTable articles={items} />
      <Pagination basePath="/workspace/articles" page={page} pageCount={pageCount} total={total} noun="articles" />
    </>
  );
}
