import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { RationaleAndEvidence } from "@/components/verdicts/RationaleAndEvidence";
import { WhereItAppeared } from "@/components/verdicts/WhereItAppeared";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { ratingColor } from "@/components/verdicts/rating-color";
import { shorten } from "@/lib/text";
import { revisionKindLabel } from "@/lib/verdicts/labels";
import { getPublicRevision } from "@/lib/verdicts/queries";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

type Props = { params: Promise<{ slug: string; number: string }> };

async function load({ params }: Props) {
  const { slug, number } = await params;
  return /^\d{1,6}$/.test(number) ? getPublicRevision(slug, Number(number)) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  return {
    title: `Version ${found.revision.number}: ${shorten(found.verdict.claim.text, 90)}`,
    // The verdict page is the answer; earlier versions are kept for the record.
    robots: { index: false },
    alternates: { canonical: `/verdicts/${found.verdict.slug}` },
  };
}

/** A published version of a verdict as it read then; corrections link here from the verdict page. */
export default async function VerdictRevisionPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { verdict, revision, replacedBy } = found;
  const current = `/verdicts/${verdict.slug}`;

  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <aside aria-label="About this version" className="mb-8 rounded-lg border-2 border-slate-400 bg-white p-5 text-slate-900">
        <p className="font-semibold">{replacedBy ? "An earlier version of this fact check" : "The current version of this fact check"}</p>
        <p className="mt-1 text-sm leading-relaxed text-slate-700">
          Version {revision.number} ({revisionKindLabel[revision.kind].toLowerCase()})
          {revision.publishedAt ? (
            <>
              , published <FormattedDate date={revision.publishedAt} />
            </>
          ) : null}
          .
          {replacedBy ? (
            <>
              {" "}
              Replaced by {revisionKindLabel[replacedBy.kind].toLowerCase()}
              {replacedBy.publishedAt ? (
                <>
                  {" "}
                  on <FormattedDate date={replacedBy.publishedAt} />
                </>
              ) : null}
              {replacedBy.note ? <>: {replacedBy.note}</> : "."}
            </>
          ) : null}
          {verdict.status === "RETRACTED" ? (
            <> The fact check has since been retracted{verdict.retractionReason ? `: ${verdict.retractionReason}` : "."}</>
          ) : null}
        </p>
        <p className="mt-3 text-sm">
          <Link href={current} className="font-medium underline underline-offset-2 hover:decoration-2">
            Read the fact check as it stands now
          </Link>
        </p>
      </aside>

      <header>
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Fact check · version {revision.number}</p>
        <h1 className="mt-3 font-serif text-3xl leading-tight font-bold tracking-tight text-pretty text-slate-900 sm:text-4xl">
          “<bdi>{verdict.claim.text}</bdi>”
        </h1>
      </header>

      <section
        aria-labelledby="verdict-heading"
        className="mt-8 rounded-lg border border-l-8 border-slate-200 bg-slate-50 p-5 sm:p-6"
        style={{ borderLeftColor: ratingColor(revision.rating?.color) }}
      >
        <h2 id="verdict-heading" className="sr-only">
          The verdict in this version
        </h2>
        <RatingBadge rating={revision.rating} size="lg" />
        {revision.conclusion ? <p className="mt-4 font-serif text-xl leading-relaxed text-slate-900">{revision.conclusion}</p> : null}
      </section>

      <WhereItAppeared appearances={revision.appearances} />

      <RationaleAndEvidence rationale={revision.rationale} evidence={revision.evidence} evidenceUnreadable={revision.evidenceUnreadable} />
    </article>
  );
}
