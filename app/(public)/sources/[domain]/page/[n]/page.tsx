import type { Metadata } from "next";
import { requestedListPage } from "@/lib/pagination";
import { SourcePage, sourceMetadata } from "@/app/(public)/sources/[domain]/source-page";

type Props = { params: Promise<{ domain: string; n: string }> };

// Whole-page cache (ISR), as page 1 (../../page.tsx).
export const revalidate = 3600;
export function generateStaticParams(): { n: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, n } = await params;
  return sourceMetadata(domain, requestedListPage(`/sources/${domain}`, n));
}

export default async function SourceLaterPage({ params }: Props) {
  const { domain, n } = await params;
  return <SourcePage domain={domain} page={requestedListPage(`/sources/${domain}`, n)} />;
}
