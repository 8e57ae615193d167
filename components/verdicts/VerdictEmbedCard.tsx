import { FormattedDate } from "@/components/ui/FormattedDate";
import { shorten } from "@/lib/text";
import type { VerdictCardData } from "@/lib/verdicts/card";
import { RatingBadge } from "./RatingBadge";
import { ratingColor } from "./rating-color";

/**
 * The card other sites embed (app/embed/verdicts/[slug]): claim, claimant, rating, the conclusion
 * in a line, and a link to the full fact check. A retracted verdict shows the retraction in place
 * of its rating, so an old embed never keeps presenting a withdrawn finding.
 */
export function VerdictEmbedCard({ verdict, orgName, href }: { verdict: VerdictCardData; orgName: string; href: string }) {
  const { claim, rating } = verdict;
  const retracted = verdict.status === "RETRACTED";
  return (
    <article
      className="rounded-lg border border-l-4 border-slate-200 bg-white p-3 sm:p-4"
      style={{ borderLeftColor: retracted ? "#b91c1c" : ratingColor(rating?.color) }}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">
          <span className="text-slate-900 normal-case tracking-normal">{orgName}</span> · Fact check
        </p>
        {retracted ? (
          <p className="rounded-md border-2 border-red-700 bg-red-50 px-2.5 py-0.5 text-sm font-semibold text-red-900">Retracted</p>
        ) : (
          <RatingBadge rating={rating} />
        )}
      </div>
      <h1 className="mt-2 line-clamp-3 font-serif text-base leading-snug font-semibold text-slate-900 sm:text-lg">
        “<bdi>{claim.text}</bdi>”
      </h1>
      {claim.claimant ? (
        <p className="mt-1 text-sm text-slate-600">
          Claimed by{" "}
          <span className="font-medium text-slate-800">
            <bdi>{claim.claimant.name}</bdi>
          </span>
        </p>
      ) : null}
      {retracted ? (
        <p className="mt-2 text-sm text-red-900">
          {verdict.retractedAt ? (
            <>
              Retracted on <FormattedDate date={verdict.retractedAt} />.{" "}
            </>
          ) : null}
          Its rating no longer stands.
        </p>
      ) : verdict.conclusion ? (
        <p className="mt-2 line-clamp-2 text-sm leading-snug text-slate-700">{shorten(verdict.conclusion, 180)}</p>
      ) : null}
      <p className="mt-2 text-sm">
        <a
          href={href}
          target="_blank"
          rel="noopener"
          className="font-semibold text-blue-800 underline underline-offset-2 hover:decoration-2"
        >
          Read the full fact check<span className="sr-only"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </article>
  );
}
