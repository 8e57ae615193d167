import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, NoValue, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { WorkspaceArticle } from "@/lib/articles/queries";
import { UntrustedLink } from "@/components/ui/UntrustedLink";

export function ArticleTable({ articles }: { articles: WorkspaceArticle[] }) {
  return (
    <Table caption="Articles, newest first">
      <TableHead>
        <Th>Title</Th>
        <Th>Publisher</Th>
        <Th>Published</Th>
        <Th align="right">Claims</Th>
      </TableHead>
      <TableBody>
        {articles.length === 0 ? <EmptyRow columns={4}>No articles yet.</EmptyRow> : null}
        {articles.map((article) => {
          return (
            <Tr key={article.id}>
              <Td className="font-medium sm:max-w-lg sm:min-w-64">
                <Link href={`/workspace/articles/${article.id}`} className="underline underline-offset-2 hover:decoration-2">
                  {article.title}
                </Link>
                {article.url ? (
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    (<UntrustedLink href={article.url}>original</UntrustedLink>)
                  </span>
                ) : null}
              </Td>
              <Td label="Publisher">{article.publisher?.name ?? article.publisherName ?? <NoValue label="No publisher" />}</Td>
              <Td label="Published" className="whitespace-nowrap">
                {article.publishedAt ? <FormattedDate date={article.publishedAt} /> : <span className="text-slate-600">Unknown</span>}
              </Td>
              <Td label="Claims" align="right" className="tabular-nums">
                {article.claimCount}
              </Td>
            </Tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
