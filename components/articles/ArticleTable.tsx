import { FormattedDate } from "@/components/ui/FormattedDate";
import { EmptyRow, NoValue, Table, TableBody, TableHead, Td, Th } from "@/components/ui/Table";
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
            <tr key={article.id} className="hover:bg-slate-50">
              <Td className="max-w-lg min-w-64 font-medium">
                <UntrustedLink href={article.url}>{article.title}</UntrustedLink>
              </Td>
              <Td>{article.publisher?.name ?? <NoValue label="No publisher" />}</Td>
              <Td className="whitespace-nowrap">
                {article.publishedAt ? (
                  <FormattedDate date={article.publishedAt} />
                ) : (
                  <span className="text-slate-600">Unknown</span>
                )}
              </Td>
              <Td align="right" className="tabular-nums">
                {article.claimCount}
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
