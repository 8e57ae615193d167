import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePathPage } from "@/lib/pagination";
import { SourcePage, sourceMetadata } from "@/app/(public)/sources/[domain]/source-page";

type Props = { params: Promise<{ domain: string; n: string }> };

// Whole-page cache (ISR), as page 1 (../../page.tsx).
export const revalidate = 3600;
export function generateStaticParams(): { n: string }[] {
  return [];
}

async function requested(params: Props["params"]) {
  const { domain, n } = await params;
  const page = parsePathPage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/sources/${domain}`);
  return { domain, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, page } = await requested(params);
  return sourceMetadata(domain, page);
}

export default async function SourceLaterPage({ params }: Props) {
  const { domain, page } = await requested(params);
  return <SourcePage domain={domain} page={page} />;
}
