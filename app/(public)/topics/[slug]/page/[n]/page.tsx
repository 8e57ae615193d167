import type { Metadata } from "next";
import { requestedListPage } from "@/lib/pagination";
import { TopicPage, topicMetadata } from "@/app/(public)/topics/[slug]/topic-page";

type Props = { params: Promise<{ slug: string; n: string }> };

// Whole-page cache (ISR), as page 1 (../../page.tsx).
export const revalidate = 3600;
export function generateStaticParams(): { n: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return topicMetadata(slug, requestedListPage(`/topics/${slug}`, n));
}

export default async function TopicLaterPage({ params }: Props) {
  const { slug, n } = await params;
  return <TopicPage slug={slug} page={requestedListPage(`/topics/${slug}`, n)} />;
}
