import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RatingChart } from "@/components/ratings/RatingChart";
import { TopicLinks } from "@/components/topics/TopicLinks";
import { VerdictCard } from "@/components/verdicts/VerdictCard";
import { env } from "@/lib/env";
import { countPublishedVerdictsByRating } from "@/lib/ratings/queries";
import { listFeaturedTopics } from "@/lib/topics/queries";
import { listPublishedVerdicts } from "@/lib/verdicts/queries";
import { publicAlternates } from "@/lib/verdicts/feed";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

/** The one edition: "/" is rewritten to /front-page/latest (next.config.js). */
const HOME_EDITION = "latest";

type Props = { params: Promise<{ edition: string }> };

// The home page, "/" (next.config.js rewrites it here; /front-page/… itself redirects to "/").
// A route with a parameter so that it can be a whole-page cache entry (ISR) that the build does
// not render: a route without parameters would be prerendered at build time, which has no
// database. Rendered on its first request, then served as stored HTML until a publication,
// correction or retraction refreshes its tags (docs/decisions/026-whole-page-cache.md).
// 3600 = PUBLIC_CACHE_SECONDS, the safety net.
export const revalidate = 3600;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export function generateMetadata(): Metadata {
  const { orgName } = env();
  return {
    // The root layout's default title ("<org> — fact checks") fits the home page.
    description: `The latest fact checks by ${orgName}: claims from the news, the evidence, and our verdict.`,
    alternates: publicAlternates("/"),
  };
}

export default async function HomePage({ params }: Props) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const [verdicts, ratingCounts, topics] = await Promise.all([
    listPublishedVerdicts(20),
    countPublishedVerdictsByRating(""),
    listFeaturedTopics(8),
  ]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <div className="mb-8 max-w-3xl sm:mb-10">
        <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Latest fact checks</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-600">
          Claims from the news, checked against the evidence. Each verdict shows its sources, who reviewed it and every correction since.{" "}
          <Link href="/search" className="font-medium text-slate-900 underline underline-offset-4 hover:decoration-2">
            Search all fact checks
          </Link>
        </p>
      </div>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        {/* Cards keep h2 headlines: the card is the page's main content (e2e tests read them). */}
        <section aria-label="Latest fact checks" className="min-w-0">
          {verdicts.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
              No fact checks have been published yet.
            </p>
          ) : (
            <ol className="space-y-5" aria-label="Latest fact checks">
              {verdicts.map((verdict) => (
                <li key={verdict.slug}>
                  <VerdictCard verdict={verdict} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside className="space-y-10" aria-label="Topics and ratings">
          <section aria-labelledby="topics-heading">
            <h2 id="topics-heading" className="mb-3 text-base font-semibold text-slate-900">
              Topics
            </h2>
            <TopicLinks topics={topics} label="Topics with the most fact checks" />
          </section>
          <section aria-labelledby="ratings-heading">
            <h2 id="ratings-heading" className="sr-only">
              Ratings
            </h2>
            <RatingChart counts={ratingCounts} caption="Our ratings so far" />
            <p className="mt-3 text-sm text-slate-600">
              <Link href="/methodology#ratings" className="underline underline-offset-2 hover:decoration-2">
                What each rating means
              </Link>
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}
