import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { quoteContext } from "@/lib/appearances/quote-context";
import type { DeskClaim } from "@/lib/claims/desk";
import { AppearanceControls, type AppearanceActions } from "./AppearanceControls";

/**
 * Where the claim appears: each quote in its context, linking to its place in the article view;
 * with `controls`, each can have its quote changed or be removed.
 */
export function DeskAppearances({
  appearances,
  controls,
}: {
  appearances: DeskClaim["appearances"];
  controls?: Pick<AppearanceActions, "reselect" | "remove">;
}) {
  if (appearances.length === 0) return <p className="text-slate-600">Written by hand: the claim is not anchored in an article.</p>;
  return (
    <ul className="space-y-4">
      {appearances.map((appearance) => {
        const quote = quoteContext(appearance);
        const { article } = appearance;
        const orphaned = appearance.anchorStatus === "ORPHANED";
        return (
          <li key={appearance.id} className={`rounded-lg border bg-white shadow-sm ${orphaned ? "border-amber-400" : "border-slate-200"}`}>
            <blockquote className="px-4 py-3 font-serif leading-relaxed break-words text-slate-700">
              {quote.moreBefore ? "…" : null}
              {quote.before}
              <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900">{quote.exact}</mark>
              {quote.after}
              {quote.moreAfter ? "…" : null}
            </blockquote>
            <p className="border-t border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-600">
              <Link
                href={`/workspace/articles/${article.id}#appearance-${appearance.id}`}
                className="font-medium text-slate-900 underline underline-offset-2 hover:decoration-2"
              >
                {article.title}
              </Link>
              {article.publisher ? `, ${article.publisher.name}` : null}
              {article.publishedAt ? (
                <>
                  {" · "}
                  <FormattedDate date={article.publishedAt} />
                </>
              ) : null}
              {orphaned ? (
                <strong className="mt-1 block font-medium text-amber-900">
                  Orphaned: the article has changed and this passage is no longer found in its text.
                </strong>
              ) : null}
            </p>
            {controls ? (
              <AppearanceControls
                appearance={{ id: appearance.id, exact: appearance.exact, version: appearance.version, articleTitle: article.title }}
                actions={controls}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
