import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerdictList } from "@/components/verdicts/VerdictList";
import { pagePath, requestedPage, type ListSearchParams } from "@/lib/pagination";
import { getPublicTopic } from "@/lib/topics/queries";
import { listPublishedVerdictsFor } from "@/lib/verdicts/queries";
import { publicAlternates } from "@/lib/verdicts/feed";

type Props = { params: Promise<{ slug: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const topic = await getPublicTopic((await params).slug);
  if (!topic) return {};
  return {
    title: `${topic.name}: fact checks`,
    description: `Our fact checks of claims about ${topic.name.toLowerCase()}, newest first.`,
    alternates: publicAlternates(pagePath(`/topics/${topic.slug}`, await requestedPage(searchParams))),
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await getPublicTopic((await params).slug);
  if (!topic) notFound();
  const verdicts = await listPublishedVerdictsFor("topic", topic.id, await requestedPage(searchParams));

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
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
