import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage, ProseSection } from "@/components/pages/ProsePage";
import { contactAddress } from "@/lib/contact";
import { env } from "@/lib/env";
import { publicAlternates } from "@/lib/verdicts/feed";

export const metadata: Metadata = {
  title: "About us",
  description: "Who we are, how we are funded and organised, the principles we work by and how to reach us.",
  alternates: publicAlternates("/about"),
};

export default function AboutPage() {
  const { orgName } = env();

  return (
    <ProsePage
      title={`About ${orgName}`}
      lead={`${orgName} is an independent fact-checking desk. We check claims made in public debate and publish what the evidence shows, with our sources and our reasoning, so that readers can judge our work for themselves.`}
    >
      <ProseSection id="principles" title="Our principles">
        <p>We follow the principles of the International Fact-Checking Network (IFCN):</p>
        <ul>
          <li>
            <strong>Nonpartisanship and fairness.</strong> We check claims from all sides with the same standard of evidence, do not take
            positions on the issues we check, and our staff do not campaign for parties or causes.
          </li>
          <li>
            <strong>Transparency of sources.</strong> Every fact check lists its evidence with links, so that readers can follow our work.
            We say when a source is anonymous and why we relied on it.
          </li>
          <li>
            <strong>Transparency of funding and organisation.</strong> We say below who pays for our work and who decides what we publish.
          </li>
          <li>
            <strong>Transparency of methodology.</strong> Our <Link href="/methodology">methodology</Link> explains how we choose, research
            and rate claims.
          </li>
          <li>
            <strong>Open and honest corrections.</strong> We correct our mistakes openly, as our{" "}
            <Link href="/corrections-policy">corrections policy</Link> describes.
          </li>
        </ul>
      </ProseSection>

      <ProseSection id="organisation" title="Funding and organisation">
        <p>
          {orgName} is run as a non-profit newsroom. It is funded by reader donations and by grants from foundations that support
          journalism; no single funder provides more than a quarter of our budget, and we list every funder giving more than 1,000 euros a
          year in our annual report. We do not accept money from governments, political parties or candidates.
        </p>
        <p>
          Funders have no say in what we check or what we conclude. Editorial decisions are taken by our editor and the desk; every fact
          check is approved by a second member of the desk before it is published.
        </p>
      </ProseSection>

      <ProseSection id="contact" title="Contact">
        <ul>
          <li>
            General enquiries: <a href={`mailto:${contactAddress("desk")}`}>{contactAddress("desk")}</a>
          </li>
          <li>
            Corrections: <a href={`mailto:${contactAddress("corrections")}`}>{contactAddress("corrections")}</a>
          </li>
          <li>
            Suggest a claim to check: <a href={`mailto:${contactAddress("tips")}`}>{contactAddress("tips")}</a>
          </li>
        </ul>
      </ProseSection>
    </ProsePage>
  );
}
