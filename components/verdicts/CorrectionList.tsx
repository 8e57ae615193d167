import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { revisionKindLabel } from "@/lib/verdicts/labels";
import type { PublicVerdict } from "@/lib/verdicts/queries";

/**
 * The published corrections and updates of a verdict, oldest first (as they happened), each with
 * a link to the text it replaced: nothing published is silently rewritten.
 */
export function CorrectionList({ slug, revisions }: { slug: string; revisions: PublicVerdict["revisions"] }) {
  if (revisions.length === 0) {
    return <p className="text-slate-600">No corrections or updates since publication.</p>;
  }
  return (
    <ol className="space-y-4">
      {revisions.map((revision, index) => {
        const kind = revisionKindLabel[revision.kind];
        // The version it replaced: the previous published one (revision 1 is the original).
        const previous = index === 0 ? 1 : revisions[index - 1]!.number;
        return (
          <li key={revision.number} className="border-l-4 border-slate-300 pl-4">
            <p className="text-sm text-slate-600">
              <span className="font-semibold text-slate-900">{kind}</span>
              {revision.publishedAt ? (
                <>
                  {" · "}
                  <FormattedDate date={revision.publishedAt} />
                </>
              ) : null}
            </p>
            {revision.note ? <p className="mt-1 leading-relaxed text-slate-800">{revision.note}</p> : null}
            <p className="mt-1 text-sm">
              <Link
                href={`/verdicts/${slug}/revisions/${previous}`}
                className="text-slate-700 underline underline-offset-2 hover:decoration-2"
              >
                Read the version before this {kind.toLowerCase()}
              </Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
