import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { RatingChart } from "@/components/ratings/RatingChart";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import { VerdictList } from "@/components/verdicts/VerdictList";
import { getMergedClaimantTarget, getPublicClaimant } from "@/lib/claimants/queries";
import { listPagePath } from "@/lib/pagination";
import { countPublishedVerdictsByRating } from "@/lib/ratings/queries";
import { listPublishedVerdictsFor } from "@/lib/verdicts/queries";
import { publicAlternates } from "@/lib/verdicts/feed";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

// A claimant's page `page` of fact checks, for its two routes: ./page.tsx (page 1) and
// ./page/[n]/page.tsx (both whole-page cached: docs/decisions/026-whole-page-cache.md).

export async function claimantMetadata(slug: string, page: number): Promise<Metadata> {
  const claimant = await getPublicClaimant(slug);
  if (!claimant) return {};
  return {
    title: `Claims by ${claimant.name}`,
    description: `Fact checks of claims made by ${claimant.name}${claimant.description ? ` (${claimant.description})` : ""}.`,
    alternates: publicAlternates(listPagePath(`/claimants/${claimant.slug}`, page)),
  };
}

export async function ClaimantPage({ slug, page }: { slug: string; page: number }) {
  const claimant = await getPublicClaimant(slug);
  if (!claimant) {
    // A claimant merged into another: its address moved for good (links and search engines follow).
    const survivor = await getMergedClaimantTarget(slug);
    if (survivor) permanentRedirect(listPagePath(`/claimants/${survivor}`, page));
    notFound();
  }
  const [verdicts, ratingCounts] = await Promise.all([
    listPublishedVerdictsFor("claimant", claimant.id, page),
    countPublishedVerdictsByRating(claimant.id),
  ]);
  // Past the last page: no such page (a cached redirect would carry its Location header twice).
  if (verdicts.page !== page) notFound();

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <header className="max-w-3xl">
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Claimant</p>
        <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          <bdi>{claimant.name}</bdi>
        </h1>
        {claimant.description ? <p className="mt-3 text-lg leading-relaxed text-slate-700">{claimant.description}</p> : null}
        {claimant.sameAs ? (
          <p className="mt-2 text-sm break-all text-slate-600">
            <UntrustedLink href={claimant.sameAs}>{claimant.sameAs}</UntrustedLink>
          </p>
        ) : null}
      </header>
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="claims-heading" className="min-w-0">
          <h2 id="claims-heading" className="mb-4 font-serif text-2xl font-bold text-slate-900">
            Checked claims
          </h2>
          <VerdictList
            verdicts={verdicts}
            basePath={`/claimants/${claimant.slug}`}
            label={`Fact checks of claims by ${claimant.name}`}
            empty="None of this claimant's fact checks is currently published."
            headingLevel={3}
          />
        </section>
        <aside aria-labelledby="breakdown-heading">
          <h2 id="breakdown-heading" className="sr-only">
            Ratings
          </h2>
          <RatingChart
            counts={ratingCounts}
            caption={
              <>
                Ratings of <bdi>{claimant.name}</bdi>’s claims
              </>
            }
          />
        </aside>
      </div>
    </div>
  );
}
