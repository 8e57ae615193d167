import { NewArticleForms } from "@/components/articles/NewArticleForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireStaffPage } from "@/lib/session";
import { addArticleFromUrl, addPastedArticle } from "../actions";

export const metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireStaffPage("/workspace/articles/new");
  return (
    <>
      <PageHeader
        title="Add an article"
        description="Give its address or paste its text. Factdesk then proposes the check-worthy claims in it, with who made them."
      />
      <NewArticleForms fetchAction={addArticleFromUrl} pasteAction={addPastedArticle} />
    </>
  );
}
