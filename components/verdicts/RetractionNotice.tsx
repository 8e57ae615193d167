import { FormattedDate } from "@/components/ui/FormattedDate";

export function RetractionNotice({ retractedAt, reason }: { retractedAt: Date | null; reason: string | null }) {
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
    </section>
  );
}
