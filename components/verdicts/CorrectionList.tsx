import { FormattedDate } from "@/components/ui/FormattedDate";
import { revisionKindLabel } from "@/lib/verdicts/labels";
import type { PublicVerdict } from "@/lib/verdicts/queries";

/** The published corrections and updates of a verdict, oldest first (as they happened). */
export function CorrectionList({ revisions }: { revisions: PublicVerdict["revisions"] }) {
  if (revisions.length === 0) {
    return <p className="text-slate-600">No corrections or updates since publication.</p>;
  }
  return (
    <ol className="space-y-4">
      {revisions.map((revision) => (
        <li key={revision.number} className="border-l-4 border-slate-300 pl-4">
          <p className="text-sm text-slate-600">
            <span className="font-semibold text-slate-900">{revisionKindLabel[revision.kind]}</span>
            {revision.publishedAt ? (
              <>
                {" · "}
                <FormattedDate date={revision.publishedAt} />
              </>
            ) : null}
          </p>
          {revision.note ? <p className="mt-1 leading-relaxed text-slate-800">{revision.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
