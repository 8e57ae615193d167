import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePathPage } from "@/lib/pagination";
import { ClaimantPage, claimantMetadata } from "@/app/(public)/claimants/[slug]/claimant-page";

type Props = { params: Promise<{ slug: string; n: string }> };

// Whole-page cache (ISR), as page 1 (../../page.tsx).
export const revalidate = 3600;
export function generateStaticParams(): { n: string }[] {
  return [];
}

async function requested(params: Props["params"]) {
  const { slug, n } = await params;
  const page = parsePathPage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/claimants/${slug}`);
  return { slug, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await requested(params);
  return claimantMetadata(slug, page);
}

export default async function ClaimantLaterPage({ params }: Props) {
  const { slug, page } = await requested(params);
  return <ClaimantPage slug={slug} page={page} />;
}
