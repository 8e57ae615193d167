import { connection } from "next/server";
import { ArticleTable } from "@/components/articles/ArticleTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listArticlesForWorkspace } from "@/lib/articles/queries";
import { parsePage } from "@/lib/pagination";
import { guardStaffArea, staffPageMetadata } from "@/lib/staff-access";

export const generateMetadata = staffPageMetadata("Articles");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkspaceArticlesPage({ searchParams }: Props) {
  await connection();
  // Layouts render in parallel with their page, so the layout's guard alone would still stream
  // this page's data; every staff page checks for itself.
  await guardStaffArea();
  const { page: pageParam } = await searchParams;
  const { items, page, pageCount, total } = await listArticlesForWorkspace(parsePage(pageParam));

  return (
    <>
      <PageHeader title="Articles" description="Ingested articles, newest first, with the claims found in each." />
      <ArticleTable articles={items} />
      <Pagination basePath="/workspace/articles" page={page} pageCount={pageCount} total={total} noun="articles" />
    </>
  );
}
