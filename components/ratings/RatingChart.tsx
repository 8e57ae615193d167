import { visibleOnWhite } from "@/lib/contrast";
import type { RatingCount } from "@/lib/ratings/queries";
import { ratingColor } from "@/components/verdicts/rating-color";

/**
 * How published verdicts split across the rating scale: a table (rating, count, share) whose
 * rows carry a bar drawn with CSS. Screen readers and text browsers get the table; the bars are
 * decoration (aria-hidden) on top of numbers that are always written out. Bar colours come from
 * the rating scale; a colour too light to see on white gets a dark outline.
 */
export function RatingChart({ counts, caption }: { counts: RatingCount[]; caption: React.ReactNode }) {
  const total = counts.reduce((sum, rating) => sum + rating.count, 0);
  const largest = Math.max(1, ...counts.map((rating) => rating.count));

  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-3 text-left text-base font-semibold text-slate-900">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Rating</th>
          <th scope="col">Fact checks</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((rating) => {
          const color = ratingColor(rating.color);
          const faint = !visibleOnWhite(color);
          const share = total === 0 ? 0 : Math.round((rating.count / total) * 100);
          return (
            <tr key={rating.key} className="align-middle">
              <th scope="row" className="w-32 py-1.5 pr-3 text-left font-medium whitespace-nowrap text-slate-800 sm:w-40">
                {rating.label}
              </th>
              <td className="w-full py-1.5 pr-3">
                <div className="flex items-center gap-2">
                  <div className="min-w-0 flex-1" aria-hidden="true">
                    {rating.count > 0 ? (
                      <span
                        className={`block h-4 rounded-sm ${faint ? "ring-1 ring-slate-700 ring-inset" : ""}`}
                        style={{ width: `${Math.max(2, (rating.count / largest) * 100)}%`, backgroundColor: color }}
                      />
                    ) : null}
                  </div>
                  <span className="w-8 text-right font-semibold text-slate-900 tabular-nums">{rating.count}</span>
                </div>
              </td>
              <td className="w-12 py-1.5 text-right text-slate-600 tabular-nums">{share}%</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-200">
          <th scope="row" className="pt-2 pr-3 text-left font-medium text-slate-600">
            Total
          </th>
          <td className="pt-2 pr-3 text-right font-semibold text-slate-900 tabular-nums">{total}</td>
          <td className="pt-2 text-right text-slate-600 tabular-nums">100%</td>
        </tr>
      </tfoot>
    </table>
  );
}
