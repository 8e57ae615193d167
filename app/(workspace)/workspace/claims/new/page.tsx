import Link from "next/link";
import { ClaimForm } from "@/components/claims/ClaimForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { listNewClaimChoices } from "@/lib/claims/queries";
import { requireStaffPage } from "@/lib/session";
import { attachAppearanceAction, createClaimAction, similarClaimsAction } from "./actions";

export const metadata = { title: "Write a claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewClaimPage({ searchParams }: Props) {
  await requireStaffPage("/workspace/claims/new");
  const query = await searchParams;
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
  const wanted = one("articleId");
  const { articles, topics } = await listNewClaimChoices(wanted);
  const created = one("created") ?? one("attached");

  return (
    <>
      <PageHeader
        title="Write a claim"
        description="For a claim heard on the radio, seen in a post, or quoted from an article. Similar claims already on file are shown as you write."
      />
      {created ? (
        <p role="status" className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {one("created") ? "Claim created." : "The article was added as an appearance of that claim."}{" "}
          <Link href={`/workspace/claims/${created}`} className="font-semibold underline underline-offset-2">
            Open the claim
          </Link>
        </p>
      ) : null}
      <div className="max-w-2xl">
        <ClaimForm
          idPrefix="claim"
          actions={{ create: createClaimAction, attach: attachAppearanceAction, similar: similarClaimsAction }}
          articles={articles}
          initialArticleId={articles.some((article) => article.id === wanted) ? wanted : undefined}
          topics={topics}
        />
      </div>
    </>
  );
}
