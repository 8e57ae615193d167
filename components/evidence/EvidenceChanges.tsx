import Link from "next/link";
import type { EvidenceChange } from "@/lib/verdicts/published-evidence";

function describe(change: EvidenceChange): string {
  switch (change.kind) {
    case "added":
      return `Added “${change.title}”`;
    case "removed":
      return `Removed “${change.title}”`;
    case "changed":
      return `Changed “${change.title}”: ${change.fields.join(", ")}`;
    case "reordered":
      return "Changed the order";
  }
}

/** How the desk's evidence differs from the published evidence, one line per change (nothing if none). */
export function EvidenceChanges({
  heading,
  changes,
  children,
}: {
  heading: string;
  changes: EvidenceChange[];
  children?: React.ReactNode;
}) {
  if (changes.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="evidence-changes">
      <p className="font-semibold">{heading}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
        {changes.map((change, index) => (
          <li key={index}>{describe(change)}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/**
 * On the claim desk of a public verdict: the public page shows the evidence as published, so what
 * is edited here waits for the next correction or update (listed, when anything differs).
 */
export function PublishedEvidenceNotice({
  changes,
  retracted,
  verdictHref,
}: {
  changes: EvidenceChange[];
  retracted: boolean;
  verdictHref: string;
}) {
  if (retracted) {
    return (
      <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="published-evidence">
        The verdict is retracted: its public page keeps the evidence as it was published, whatever changes here.
      </p>
    );
  }
  if (changes.length === 0) {
    return (
      <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="published-evidence">
        The public page shows this evidence as published. Changes made here reach it only with the verdict&apos;s next correction or update.
      </p>
    );
  }
  return (
    <EvidenceChanges heading="Not yet public: the public page still shows the evidence as published." changes={changes}>
      <p className="mt-1">
        These changes reach the public with the verdict&apos;s next correction or update, with a note.{" "}
        <Link href={verdictHref} className="font-medium underline underline-offset-2">
          Publish an update
        </Link>
      </p>
    </EvidenceChanges>
  );
}
