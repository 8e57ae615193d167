import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { quoteContext } from "@/lib/appearances/quote-context";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import type { PublicVerdict } from "@/lib/verdicts/queries";

/** An appearance as public pages show it (published, or live for a verdict without a snapshot). */
export type Appearance = PublicVerdict["claim"]["appearances"][number];

/**
 * Where a claim appeared: the stored quote selectors (prefix, exact, suffix) with the claim
 * highlighted, and the article it comes from.
 */
export function QuoteInContext({ appearance }: { appearance: Appearance }) {
  const { article } = appearance;
  const quote = quoteContext(appearance);

  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <blockquote className="px-5 py-4 font-serif text-lg leading-relaxed text-slate-700">
        <p>
          {quote.moreBefore ? "…" : null}
          <bdi>{quote.before}</bdi>
          <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900 shadow-[inset_0_-2px_0_#d97706]">
            <bdi>{quote.exact}</bdi>
          </mark>
          <bdi>{quote.after}</bdi>
          {quote.moreAfter ? "…" : null}
        </p>
      </blockquote>
      <figcaption className="border-t border-slate-200 bg-slate-50 px-5 py-3 text-sm leading-relaxed text-slate-600">
        <cite className="font-medium text-slate-900 not-italic">
          <UntrustedLink href={article.url}>
            <bdi>{article.title}</bdi>
          </UntrustedLink>
        </cite>
        {article.publisher ? (
          <>
            ,{" "}
            <Link href={`/sources/${article.publisher.domain}`} className="underline underline-offset-2 hover:decoration-2">
              <bdi>{article.publisher.name}</bdi>
            </Link>
          </>
        ) : null}
        {article.publishedAt ? (
          <>
            {" · "}
            <FormattedDate date={article.publishedAt} />
          </>
        ) : null}
        {appearance.anchorStatus === "ORPHANED" ? (
          <span className="mt-1 block text-amber-900">
            The article has changed since; this passage is no longer found in its current text.
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
