import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";

type Successor = { slug: string; status: string; publishedAt: Date | null } | null;

/**
 * A retracted verdict's notice. The retraction reopened its claim for a new verdict (decision 025):
 * once that is published (`successor`), the notice links to it; until then it says one is coming.
 */
export function RetractionNotice({
  retractedAt,
  reason,
  successor = null,
}: {
  retractedAt: Date | null;
  reason: string | null;
  successor?: Successor;
}) {
  return (
    <section aria-labelledby="retraction-heading" className="mb-8 rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950">
      <h2 id="retraction-heading" className="text-lg font-bold">
        This fact check has been retracted
      </h2>
      <p className="mt-1 text-sm">
        {retractedAt ? (
          <>
            Retracted on <FormattedDate date={retractedAt} />.{" "}
          </>
        ) : null}
        Its finding should no longer be relied on. The original text is kept below for the record.
      </p>
      {reason ? (
        <p className="mt-3 leading-relaxed">
          <span className="font-semibold">Reason: </span>
          {reason}
        </p>
      ) : null}
      <p className="mt-3 font-medium" data-testid="successor">
        {successor?.status === "PUBLISHED" ? (
          <>
            <Link href={`/verdicts/${successor.slug}`} className="underline underline-offset-2 hover:decoration-2">
              Read the new fact check of this claim
            </Link>
            {successor.publishedAt ? (
              <>
                , published <FormattedDate date={successor.publishedAt} />
              </>
            ) : null}
            .
          </>
        ) : successor ? (
          <>
            A new fact check of this claim was published and later{" "}
            <Link href={`/verdicts/${successor.slug}`} className="underline underline-offset-2 hover:decoration-2">
              retracted too
            </Link>
            .
          </>
        ) : (
          "The claim is being checked again; a new fact check will be linked here once it is published."
        )}
      </p>
    </section>
  );
}

/** A verdict that replaces a retracted one says so, with a link to it (decision 025). */
export function ReplacesNotice({ previous }: { previous: { slug: string; retractedAt: Date | null } }) {
  return (
    <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3 text-sm text-slate-700" data-testid="replaces-retracted">
      This fact check replaces{" "}
      <Link href={`/verdicts/${previous.slug}`} className="font-medium text-slate-900 underline underline-offset-2 hover:decoration-2">
        an earlier one that was retracted
      </Link>
      {previous.retractedAt ? (
        <>
          {" "}
          on <FormattedDate date={previous.retractedAt} />
        </>
      ) : null}
      .
    </p>
  );
}
