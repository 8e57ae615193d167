import { EvidenceList } from "@/components/evidence/EvidenceList";
import { Markdown } from "@/components/ui/Markdown";
import type { PublicEvidence } from "@/lib/verdicts/published-evidence";

/**
 * The rationale (sanitised Markdown) and the evidence as published, as the verdict page and its
 * earlier versions show them. `evidence` is null for a version published before each version kept
 * its own list.
 */
export function RationaleAndEvidence({
  rationale,
  evidence,
  evidenceUnreadable,
}: {
  rationale: string;
  evidence: PublicEvidence[] | null;
  evidenceUnreadable: boolean;
}) {
  return (
    <>
      {rationale ? (
        <section aria-labelledby="rationale-heading" className="mt-10">
          <h2 id="rationale-heading" className="font-serif text-2xl font-bold text-slate-900">
            How we reached this verdict
          </h2>
          <Markdown source={rationale} className="mt-4" />
        </section>
      ) : null}

      <section aria-labelledby="evidence-heading" className="mt-10">
        <h2 id="evidence-heading" className="font-serif text-2xl font-bold text-slate-900">
          Evidence
        </h2>
        <div className="mt-4">
          {evidence ? (
            <EvidenceList evidence={evidence} unreadable={evidenceUnreadable} />
          ) : (
            <p className="text-slate-600">
              The evidence listed with this version was not recorded: it was published before each version kept its own list.
            </p>
          )}
        </div>
      </section>
    </>
  );
}
