import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { Badge } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import type { DeskEvidence } from "@/lib/claims/desk";
import { stanceLabel } from "@/lib/evidence/labels";
import type { Stance } from "@/lib/generated/prisma/enums";
import { httpUrlOrNull } from "@/lib/safe-url";
import { EvidenceControls } from "./EvidenceControls";

const stanceTone = { SUPPORTS: "green", REFUTES: "red", CONTEXT: "neutral" } as const satisfies Record<Stance, string>;

type Actions = Pick<React.ComponentProps<typeof EvidenceControls>, "move" | "remove">;

/**
 * A claim's evidence in its chosen order, with its source's standing and, unless the evidence is
 * frozen (read-only: no `controls`), the desk's move, edit and remove buttons.
 */
export function DeskEvidenceList({
  evidence,
  editing,
  controls,
}: {
  evidence: DeskEvidence[];
  /** The evidence whose edit form is open (rendered by the page in its place). */
  editing?: { id: string; form: React.ReactNode };
  controls?: Actions & { editHref: (id: string) => string };
}) {
  if (evidence.length === 0) return <p className="text-slate-600">No evidence yet. Add the documents that support or refute the claim.</p>;
  return (
    <ol className="space-y-4">
      {evidence.map((item, index) => (
        <li key={item.id} id={`evidence-${item.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {editing?.id === item.id ? (
            editing.form
          ) : (
            <>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 font-medium leading-snug break-words text-slate-900">
                  <UntrustedLink href={item.url}>{item.title}</UntrustedLink>
                </p>
                <Badge tone={stanceTone[item.stance]}>{stanceLabel[item.stance]}</Badge>
              </div>
              <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                <span className="break-all">{item.source?.name ?? hostOf(item.url)}</span>
                <ReliabilityBadge reliability={item.source?.reliability ?? "UNRATED"} />
                {httpUrlOrNull(item.archiveUrl) ? (
                  <a href={httpUrlOrNull(item.archiveUrl)!} rel="nofollow noopener" className="underline underline-offset-2">
                    Archived copy<span className="sr-only"> of “{item.title}”</span>
                  </a>
                ) : null}
                <span>
                  · added by {item.addedBy.name}, <FormattedDate date={item.createdAt} />
                </span>
              </p>
              {item.source?.status === "WATCH" ? (
                <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                  <strong>Watch list:</strong> {item.source.name} is on the watch list. Cite it with care
                  {item.source.reliabilityNote ? `: ${item.source.reliabilityNote}` : "."}
                </p>
              ) : null}
              {item.source?.status === "BLOCKED" ? (
                <p className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
                  <strong>Blocked since it was added:</strong> {item.source.name} can no longer be cited. Replace or remove this evidence.
                </p>
              ) : null}
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-[0.95rem] leading-relaxed break-words text-slate-700">
                “{item.excerpt}”
              </blockquote>
              {controls ? (
                <EvidenceControls
                  evidence={item}
                  first={index === 0}
                  last={index === evidence.length - 1}
                  editHref={controls.editHref(item.id)}
                  move={controls.move}
                  remove={controls.remove}
                />
              ) : null}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function hostOf(url: string): string {
  const safe = httpUrlOrNull(url);
  return safe ? new URL(safe).hostname.replace(/^www\./, "") : url;
}
