import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { VerdictList } from "@/components/verdicts/VerdictList";
import { listPagePath } from "@/lib/pagination";
import { toSourceKey } from "@/lib/sources/domain";
import { sourceKindLabel } from "@/lib/sources/labels";
import { getPublicSource } from "@/lib/sources/queries";
import { listPublishedVerdictsFor } from "@/lib/verdicts/queries";
import { publicAlternates } from "@/lib/verdicts/feed";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

// A source's page `page`, for its two routes: ./page.tsx (page 1) and ./page/[n]/page.tsx (both
// whole-page cached: docs/decisions/026-whole-page-cache.md).

/**
 * The source named by the address; other spellings of a domain (www., capitals) redirect to its
 * key, and an alias to its source's domain (temporarily: a moderator may remove the alias).
 */
async function sourceFor(requested: string, page: number) {
  const key = toSourceKey(requested);
  if (!key) notFound();
  if (key !== requested) permanentRedirect(listPagePath(`/sources/${key}`, page));
  const source = await getPublicSource(key);
  if (!source) notFound();
  if (source.domain !== key) redirect(listPagePath(`/sources/${source.domain}`, page));
  return source;
}

export async function sourceMetadata(domain: string, page: number): Promise<Metadata> {
  const source = await sourceFor(domain, page);
  return {
    title: `${source.name} (${source.domain})`,
    description: `How ${source.name} is rated for reliability and where our fact checks cite it.`,
    alternates: publicAlternates(listPagePath(`/sources/${source.domain}`, page)),
  };
}

export async function SourcePage({ domain, page }: { domain: string; page: number }) {
  const source = await sourceFor(domain, page);
  const verdicts = await listPublishedVerdictsFor("source", source.id, page);
  // Past the last page: no such page (a cached redirect would carry its Location header twice).
  if (verdicts.page !== page) notFound();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <header>
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Source · {sourceKindLabel[source.kind]}</p>
        <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          <bdi>{source.name}</bdi>
        </h1>
        <p className="mt-2 font-mono text-sm break-all text-slate-600">{source.domain}</p>
        {source.aliases.length ? (
          <p className="mt-1 text-sm text-slate-600">
            Also known as <span className="font-mono break-all">{source.aliases.map((alias) => alias.domain).join(", ")}</span>
          </p>
        ) : null}
      </header>

      {source.blocked ? (
        <p className="mt-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
          <strong>We do not cite this source as evidence.</strong> It appears on our pages only where a claim we checked was published
          there.{" "}
          <Link href="/methodology#sources" className="underline underline-offset-2 hover:decoration-2">
            How we rate sources
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="reliability-heading" className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-5">
        <h2 id="reliability-heading" className="text-base font-semibold text-slate-900">
          Reliability
        </h2>
        <p className="mt-2">
          <ReliabilityBadge reliability={source.reliability} />
        </p>
        {source.reliabilityNote ? <p className="mt-3 leading-relaxed text-slate-800">{source.reliabilityNote}</p> : null}
        <p className="mt-3 text-sm text-slate-600">
          <Link href="/methodology#sources" className="underline underline-offset-2 hover:decoration-2">
            What our reliability ratings mean
          </Link>
        </p>
      </section>

      <section aria-labelledby="use-heading" className="mt-8">
        <h2 id="use-heading" className="font-serif text-2xl font-bold text-slate-900">
          In our fact checks
        </h2>
        <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="rounded-lg border border-slate-200 p-4">
            <dt className="text-sm text-slate-600">Times cited as evidence</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{source.citations}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 p-4">
            <dt className="text-sm text-slate-600">Its articles that carried a claim we checked</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{source.articlesWithCheckedClaims}</dd>
          </div>
        </dl>
        <p className="mt-2 text-sm text-slate-600">Counted over published fact checks.</p>
      </section>

      <section aria-labelledby="citing-heading" className="mt-10">
        <h2 id="citing-heading" className="mb-4 font-serif text-2xl font-bold text-slate-900">
          Fact checks citing <bdi>{source.name}</bdi>
        </h2>
        <VerdictList
          verdicts={verdicts}
          basePath={`/sources/${source.domain}`}
          label={`Fact checks citing ${source.name}`}
          empty="No published fact check cites this source as evidence."
          headingLevel={3}
        />
      </section>
    </div>
  );
}
