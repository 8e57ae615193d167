import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";
import { VerdictEmbedCard } from "@/components/verdicts/VerdictEmbedCard";
import { env } from "@/lib/env";
import { shorten } from "@/lib/text";
import { getVerdictCard } from "@/lib/verdicts/card";
import { verdictUrl } from "@/lib/verdicts/claim-review";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const verdict = await getVerdictCard(slug);
  if (!verdict) return {};
  return {
    title: `Fact check: ${shorten(verdict.claim.text, 80)}`,
    // The card repeats the verdict page; search engines should find the page, not the card.
    robots: { index: false },
    alternates: { canonical: `/verdicts/${verdict.slug}` },
  };
}

export default async function EmbedVerdictPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const verdict = await getVerdictCard(slug);
  if (!verdict) notFound();
  const { siteUrl, orgName } = env();
  return (
    <>
      <ReadsWithoutScripts />
      <VerdictEmbedCard verdict={verdict} orgName={orgName} href={verdictUrl({ siteUrl, orgName }, verdict.slug)} />
    </>
  );
}
