import type { Metadata } from "next";
import { ClaimantPage, claimantMetadata } from "./claimant-page";

type Props = { params: Promise<{ slug: string }> };

// Whole-page cache (ISR), like verdict pages: none rendered at build time (the build has no
// database), each rendered on its first request and then served as stored HTML until a write
// refreshes its tags (docs/decisions/026-whole-page-cache.md). Later pages are /page/<n> paths:
// a ?page= query would make the page render per request (next.config.js redirects old links).
// 3600 = PUBLIC_CACHE_SECONDS, the safety net.
export const revalidate = 3600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimantMetadata((await params).slug, 1);
}

export default async function ClaimantFirstPage({ params }: Props) {
  return <ClaimantPage slug={(await params).slug} page={1} />;
}
