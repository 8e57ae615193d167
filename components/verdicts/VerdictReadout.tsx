import { Markdown } from "@/components/ui/Markdown";
import { RatingBadge } from "./RatingBadge";

/** A verdict's (or revision's) rating, conclusion and rendered rationale, read-only, for staff pages. */
export function VerdictReadout({
  rating,
  conclusion,
  rationale,
  headingLevel = 2,
  title,
}: {
  rating: { label: string; color: string } | null;
  conclusion: string;
  rationale: string;
  headingLevel?: 2 | 3;
  title: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <Heading className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{title}</Heading>
      <div className="mt-3">
        <RatingBadge rating={rating} />
      </div>
      <p className="mt-3 font-serif text-lg leading-relaxed text-slate-900">{conclusion || "(No conclusion.)"}</p>
      {rationale ? <Markdown source={rationale} className="mt-4" /> : <p className="mt-4 text-slate-600">(No rationale.)</p>}
    </section>
  );
}
