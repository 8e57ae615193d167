import type { Metadata } from "next";
import { SourcePage, sourceMetadata } from "./source-page";

type Props = { params: Promise<{ domain: string }> };

// Whole-page cache (ISR), as topic and claimant pages: none rendered at build time, each rendered
// on its first request and then served as stored HTML until a write refreshes its tags
// (docs/decisions/026-whole-page-cache.md). Later pages are /page/<n> paths.
export const revalidate = 3600;
export function generateStaticParams(): { domain: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata((await params).domain, 1);
}

export default async function SourceFirstPage({ params }: Props) {
  return <SourcePage domain={(await params).domain} page={1} />;
}
