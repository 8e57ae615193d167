import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { ratingColor } from "@/components/verdicts/rating-color";
import type { SearchHit } from "@/lib/search/search";
import { Highlighted } from "./Highlighted";

/** One search result: rating, the claim (matches marked), claimant, a passage around the matches, date. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  return (
    <article
      className="rounded-lg border border-l-4 border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      style={{ borderLeftColor: ratingColor(hit.rating?.color) }}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <RatingBadge rating={hit.rating} />
        <p className="text-sm text-slate-600">
          <FormattedDate date={hit.publishedAt} />
        </p>
      </div>
      <h2 className="mt-3 font-serif text-lg leading-snug font-semibold break-words text-slate-900 sm:text-xl">
        <Link href={`/verdicts/${hit.slug}`} className="underline-offset-4 hover:underline">
          “<bdi>{hit.claimHighlight ? <Highlighted text={hit.claimHighlight} /> : hit.claimText}</bdi>”
        </Link>
      </h2>
      {hit.claimant ? (
        <p className="mt-1 text-sm text-slate-600">
          Claimed by{" "}
          <Link
            href={`/search?claimant=${encodeURIComponent(hit.claimant.slug)}`}
            className="font-medium text-slate-800 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-800"
          >
            <bdi>{hit.claimant.name}</bdi>
          </Link>
        </p>
      ) : null}
      <p className="mt-2 leading-relaxed break-words text-slate-700">
        {hit.snippet ? (
          <>
            {/* A passage that starts mid-sentence says so. */}
            {/^[a-z]/.test(hit.snippet) ? "… " : null}
            <Highlighted text={hit.snippet} />
          </>
        ) : (
          hit.conclusion
        )}
      </p>
    </article>
  );
}
