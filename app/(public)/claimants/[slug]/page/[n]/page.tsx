import type { Metadata } from "next";
import { requestedListPage } from "@/lib/pagination";
import { ClaimantPage, claimantMetadata } from "@/app/(public)/claimants/[slug]/claimant-page";

type Props = { params: Promise<{ slug: string; n: string }> };

// Whole-page cache (ISR), as page 1 (../../page.tsx).
export const revalidate = 3600;
export function generateStaticParams(): { n: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return claimantMetadata(slug, requestedListPage(`/claimants/${slug}`, n));
}

export default async function ClaimantLaterPage({ params }: Props) {
  const { slug, n } = await params;
  return <ClaimantPage slug={slug} page={requestedListPage(`/claimants/${slug}`, n)} />;
}
