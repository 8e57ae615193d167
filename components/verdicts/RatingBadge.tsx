import { whiteTextMeetsAA } from "@/lib/contrast";
import { ratingColor } from "./rating-color";

type RatingLike = { label: string; color: string } | null;

/**
 * A verdict's rating. The colour comes from the rating scale (data), so white text is put on it
 * only when the pair meets WCAG AA; lighter colours become a coloured border and dot around dark
 * text instead.
 */
export function RatingBadge({ rating, size = "md" }: { rating: RatingLike; size?: "md" | "lg" }) {
  const label = rating?.label ?? "Not rated";
  const color = ratingColor(rating?.color);
  const sizing = size === "lg" ? "px-3.5 py-1.5 text-base" : "px-2.5 py-1 text-sm";

  if (rating && whiteTextMeetsAA(color)) {
    return (
      <span
        className={`inline-flex items-center rounded-md font-semibold tracking-wide text-white ${sizing}`}
        style={{ backgroundColor: color }}
      >
        <span className="sr-only">Rating: </span>
        {label}
      </span>
    );
  }
  return (
    <span
      className={`inline-flex items-center gap-2 rounded-md border-2 bg-white font-semibold tracking-wide text-slate-900 ${sizing}`}
      style={{ borderColor: color }}
    >
      <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: color }} />
      <span className="sr-only">Rating: </span>
      {label}
    </span>
  );
}
