import Link from "next/link";
import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { stanceLabel, stances } from "@/lib/evidence/labels";
import type { Stance } from "@/lib/generated/prisma/enums";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import { httpUrlOrNull } from "@/lib/safe-url";
import type { PublicEvidence as Evidence } from "@/lib/verdicts/published-evidence";

const stanceAccent: Record<Stance, string> = {
  SUPPORTS: "border-green-700",
  REFUTES: "border-red-700",
  CONTEXT: "border-slate-400",
};

/**
 * Evidence as published, grouped by stance (supports, refutes, context), each with its source.
 * `unreadable`: the stored list could not be read (lib/verdicts/published-evidence.ts), so a notice instead.
 */
export function EvidenceList({
  evidence,
  unreadable = false,
  headingLevel = 3,
}: {
  evidence: Evidence[];
  unreadable?: boolean;
  headingLevel?: 3 | 4;
}) {
  if (unreadable) return <p className="text-slate-600">The evidence of this version could not be shown.</p>;
  if (evidence.length === 0) return <p className="text-slate-600">No evidence has been listed for this claim.</p>;
  const Heading = headingLevel === 3 ? "h3" : "h4";

  return (
    <div className="space-y-8">
      {stances.map((stance) => {
        const items = evidence.filter((item) => item.stance === stance);
        if (items.length === 0) return null;
        return (
          <section key={stance} aria-labelledby={`evidence-${stance}`}>
            <Heading id={`evidence-${stance}`} className="text-base font-semibold text-slate-900">
              {stanceLabel[stance]} <span className="font-normal text-slate-600">({items.length})</span>
            </Heading>
            <ul className="mt-3 space-y-5">
              {items.map((item) => (
                <EvidenceItem key={item.id} item={item} accent={stanceAccent[stance]} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function EvidenceItem({ item, accent }: { item: Evidence; accent: string }) {
  const url = httpUrlOrNull(item.url);
  const archiveUrl = httpUrlOrNull(item.archiveUrl);
  // Evidence from a site outside the source registry: name it by its host.
  const hostName = url ? new URL(url).hostname.replace(/^www\./, "") : null;

  return (
    <li className={`border-l-4 pl-4 ${accent}`}>
      <p className="font-medium leading-snug text-slate-900">
        <UntrustedLink href={item.url}>
          <bdi>{item.title}</bdi>
        </UntrustedLink>
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
        {item.source ? (
          <Link href={`/sources/${item.source.domain}`} className="underline underline-offset-2 hover:decoration-2">
            <bdi>{item.source.name}</bdi>
          </Link>
        ) : hostName ? (
          <span>{hostName}</span>
        ) : null}
        <ReliabilityBadge reliability={item.source?.reliability ?? "UNRATED"} />
        {archiveUrl ? (
          <a href={archiveUrl} rel="nofollow noopener" className="underline underline-offset-2 hover:decoration-2">
            Archived copy
            <span className="sr-only">
              {" "}
              of “<bdi>{item.title}</bdi>”
            </span>
          </a>
        ) : null}
      </p>
      {item.excerpt ? (
        <blockquote className="mt-2 text-[0.95rem] leading-relaxed text-slate-700">
          “<bdi>{item.excerpt}</bdi>”
        </blockquote>
      ) : null}
    </li>
  );
}
