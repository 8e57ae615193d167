import { Pagination } from "@/components/ui/Pagination";
import type { Page } from "@/lib/pagination";
import type { PublishedVerdictSummary } from "@/lib/verdicts/queries";
import { VerdictCard } from "./VerdictCard";

/** A page of published verdicts as cards, with previous/next links (`<basePath>/page/<n>`) when there is more than one page. */
export function VerdictList({
  verdicts,
  basePath,
  label,
  empty,
  headingLevel = 2,
}: {
  verdicts: Page<PublishedVerdictSummary>;
  basePath: string;
  label: string;
  empty: string;
  headingLevel?: 2 | 3;
}) {
  if (verdicts.total === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{empty}</p>;
  }
  return (
    <>
      <ol className="space-y-5" aria-label={label}>
        {verdicts.items.map((verdict) => (
          <li key={verdict.slug}>
            <VerdictCard verdict={verdict} headingLevel={headingLevel} />
          </li>
        ))}
      </ol>
      {verdicts.pageCount > 1 ? (
        <Pagination
          basePath={basePath}
          page={verdicts.page}
          pageCount={verdicts.pageCount}
          total={verdicts.total}
          noun="fact checks"
          one="fact check"
          pathPages
        />
      ) : null}
    </>
  );
}
