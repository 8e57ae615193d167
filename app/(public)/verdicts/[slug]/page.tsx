import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { ClaimReviewJsonLd } from "@/components/verdicts/ClaimReviewJsonLd";
import { CorrectionList } from "@/components/verdicts/CorrectionList";
import { EmbedCode } from "@/components/verdicts/EmbedCode";
import { RationaleAndEvidence } from "@/components/verdicts/RationaleAndEvidence";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { RelatedFactChecks } from "@/components/verdicts/RelatedFactChecks";
import { WhereItAppeared } from "@/components/verdicts/WhereItAppeared";
import { RepeatedSince } from "@/components/verdicts/RepeatedSince";
import { ratingColor } from "@/components/verdicts/rating-color";
import { ReplacesNotice, RetractionNotice } from "@/components/verdicts/RetractionNotice";
import { env } from "@/lib/env";
import { shorten } from "@/lib/text";
import { buildClaimReview } from "@/lib/verdicts/claim-review";
import { embedSnippet } from "@/lib/verdicts/embed";
import { publicAlternates } from "@/lib/verdicts/feed";
import { findRelatedFactChecks } from "@/lib/search/related";
import { getPublicVerdictBySlug } from "@/lib/verdicts/queries";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

type Props = { params: Promise<{ slug: string }> };

// Whole-page cache (ISR): none rendered at build time (the build has no database), each one
// rendered on its first request, then served from the cache until a write refreshes its tags
// (docs/decisions/004-public-page-caching.md). 3600 = PUBLIC_CACHE_SECONDS, the safety net.
export const revalidate = 3600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const verdict = await getPublicVerdictBySlug(slug);
  if (!verdict) return {};
  return {
    title: shorten(verdict.claim.text, 110),
    description: verdict.conclusion || undefined,
    alternates: publicAlternates(`/verdicts/${verdict.slug}`),
    // A retracted verdict stays readable for the record but should not be found as an answer.
    robots: verdict.status === "RETRACTED" ? { index: false } : undefined,
  };
}

export default async function VerdictPage({ params }: Props) {
  const { slug } = await params;
  const verdict = await getPublicVerdictBySlug(slug);
  if (!verdict) notFound();

  const { claim, rating } = verdict;
  const retracted = verdict.status === "RETRACTED";
  const { siteUrl, orgName } = env();
  // ClaimReview for search engines; null (none) once the verdict is retracted.
  const claimReview = buildClaimReview(verdict, { siteUrl, orgName });
  const related = await findRelatedFactChecks(claim.text, { excludeClaimId: claim.id });

  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      {claimReview ? <ClaimReviewJsonLd review={claimReview} /> : null}
      {retracted ? (
        <RetractionNotice retractedAt={verdict.retractedAt} reason={verdict.retractionReason} successor={verdict.successor} />
      ) : null}
      {verdict.previous ? <ReplacesNotice previous={verdict.previous} /> : null}

      <header>
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">
          Fact check
          {claim.topics.map((topic, index) => (
            <span key={topic.slug}>
              {index === 0 ? " · " : ", "}
              <Link href={`/topics/${topic.slug}`} className="underline underline-offset-2 hover:decoration-2">
                {topic.name}
              </Link>
            </span>
          ))}
        </p>
        <h1 className="mt-3 font-serif text-3xl leading-tight font-bold tracking-tight text-pretty text-slate-900 sm:text-4xl">
          “<bdi>{claim.text}</bdi>”
        </h1>
        {claim.claimant || claim.claimDate ? (
          <p className="mt-3 text-base text-slate-600">
            {claim.claimant ? (
              <>
                Claimed by{" "}
                <Link
                  href={`/claimants/${claim.claimant.slug}`}
                  className="font-semibold text-slate-900 underline underline-offset-2 hover:decoration-2"
                >
                  <bdi>{claim.claimant.name}</bdi>
                </Link>
              </>
            ) : (
              "Claimed"
            )}
            {claim.claimDate ? (
              <>
                {" "}
                on <FormattedDate date={claim.claimDate} />
              </>
            ) : null}
          </p>
        ) : null}
      </header>

      <section
        aria-labelledby="verdict-heading"
        className="mt-8 rounded-lg border border-l-8 border-slate-200 bg-slate-50 p-5 sm:p-6"
        style={{ borderLeftColor: ratingColor(rating?.color) }}
      >
        <h2 id="verdict-heading" className="sr-only">
          Our verdict
        </h2>
        {retracted ? <p className="mb-2 text-sm font-semibold text-red-800">Retracted. The rating below no longer stands.</p> : null}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <RatingBadge rating={rating} size="lg" />
          {rating?.description ? <p className="text-sm text-slate-600">{rating.description}</p> : null}
        </div>
        {verdict.conclusion ? <p className="mt-4 font-serif text-xl leading-relaxed text-slate-900">{verdict.conclusion}</p> : null}
      </section>

      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-b border-slate-200 pb-6 text-sm text-slate-600">
        <dt>Checked by</dt>
        <dd className="font-medium text-slate-900">
          <bdi>{verdict.author.name}</bdi>
        </dd>
        {verdict.approver ? (
          <>
            <dt>Approved by</dt>
            <dd className="font-medium text-slate-900">
              <bdi>{verdict.approver.name}</bdi>
            </dd>
          </>
        ) : null}
        {verdict.publishedAt ? (
          <>
            <dt>Published</dt>
            <dd className="text-slate-900">
              <FormattedDate date={verdict.publishedAt} />
            </dd>
          </>
        ) : null}
        {verdict.lastUpdatedAt ? (
          <>
            <dt>Updated</dt>
            <dd className="text-slate-900">
              <FormattedDate date={verdict.lastUpdatedAt} />
              {" · "}
              <a href="#corrections" className="text-slate-700 underline underline-offset-2 hover:decoration-2">
                Corrections and updates
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <WhereItAppeared appearances={claim.appearances} />

      {verdict.repeatedSince.length > 0 ? (
        <div className="mt-10">
          <RepeatedSince repeats={verdict.repeatedSince} headingClass="font-serif text-2xl font-bold text-slate-900" />
        </div>
      ) : null}

      <RationaleAndEvidence rationale={verdict.rationale} evidence={verdict.evidence} evidenceUnreadable={verdict.evidenceUnreadable} />

      <section aria-labelledby="corrections-heading" id="corrections" className="mt-10 scroll-mt-6">
        <h2 id="corrections-heading" className="font-serif text-2xl font-bold text-slate-900">
          Corrections and updates
        </h2>
        <div className="mt-4">
          <CorrectionList slug={verdict.slug} revisions={verdict.revisions} />
        </div>
      </section>

      <RelatedFactChecks claims={related} heading="Related fact checks" id="related-heading" />

      {retracted ? null : <EmbedCode snippet={embedSnippet({ siteUrl, orgName }, verdict)} />}
    </article>
  );
}
