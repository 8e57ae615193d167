import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerdictList } from "@/components/verdicts/VerdictList";
import { listPagePath } from "@/lib/pagination";
import { getPublicTopic } from "@/lib/topics/queries";
import { listPublishedVerdictsFor } from "@/lib/verdicts/queries";
import { publicAlternates } from "@/lib/verdicts/feed";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

// A topic's page `page` of fact checks, for its two routes: ./page.tsx (page 1) and
// ./page/[n]/page.tsx (both whole-page cached: docs/decisions/026-whole-page-cache.md).

export async function topicMetadata(slug: string, page: number): Promise<Metadata> {
  const topic = await getPublicTopic(slug);
  if (!topic) return {};
  return {
    title: `${topic.name}: fact checks`,
    description: `Our fact checks of claims about ${topic.name.toLowerCase()}, newest first.`,
    alternates: publicAlternates(listPagePath(`/topics/${topic.slug}`, page)),
  };
}

export async function TopicPage({ slug, page }: { slug: string; page: number }) {
  const topic = await getPublicTopic(slug);
  if (!topic) notFound();
  const verdicts = await listPublishedVerdictsFor("topic", topic.id, page);
  // Past the last page: no such page (a cached redirect would carry its Location header twice).
  if (verdicts.page !== page) notFound();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <header className="mb-8">
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Topic</p>
        <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{topic.name}</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-600">
          {verdicts.total === 1 ? "1 published fact check" : `${verdicts.total} published fact checks`}, newest first.
        </p>
      </header>
      <VerdictList
        verdicts={verdicts}
        basePath={`/topics/${topic.slug}`}
        label={`Fact checks about ${topic.name}`}
        empty="No fact check on this topic is currently published."
      />
    </div>
  );
}
