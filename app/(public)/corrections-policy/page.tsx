import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage, ProseSection } from "@/components/pages/ProsePage";
import { contactAddress } from "@/lib/contact";
import { env } from "@/lib/env";
import { publicAlternates } from "@/lib/verdicts/feed";

export const metadata: Metadata = {
  title: "Corrections policy",
  description: "How we correct, update and retract fact checks, and how to ask for a correction.",
  alternates: publicAlternates("/corrections-policy"),
};

export default function CorrectionsPolicyPage() {
  const { orgName } = env();
  const corrections = contactAddress("corrections");

  return (
    <ProsePage
      title="Corrections policy"
      lead={`${orgName} corrects its mistakes openly. Nothing we publish is changed without a dated note on the fact check that says what changed and why.`}
    >
      <ProseSection id="kinds" title="Corrections, updates and retractions">
        <p>
          <strong>A correction</strong> fixes an error of fact in a fact check, or changes its rating or conclusion. The fact check shows a
          dated correction note at the end, and the date it was updated next to its publication date.
        </p>
        <p>
          <strong>An update</strong> adds new information, such as a document published after our fact check, or fixes wording without
          changing the finding. It also carries a dated note.
        </p>
        <p>
          <strong>A retraction</strong> withdraws a fact check whose finding no longer stands, for example because the evidence it rested on
          was withdrawn. The page stays online for the record with a notice at the top that explains why it was retracted; it is removed
          from our lists, feeds and search results.
        </p>
        <p>
          Every change goes through the same review as the original: it is written by one member of the desk and approved by another before
          it is published. Earlier versions are kept.
        </p>
      </ProseSection>

      <ProseSection id="request" title="How to ask for a correction">
        <p>
          If you think a fact check is wrong or incomplete, write to <a href={`mailto:${corrections}`}>{corrections}</a> with the address of
          the fact check, what you think is wrong, and any evidence you have. Anyone can ask, including the people whose claims we checked.
        </p>
        <p>
          We acknowledge requests within two working days and aim to decide within a week. If we make a change, the fact check shows it; if
          we do not, we reply with our reasons. You can ask our editor to review a refusal.
        </p>
      </ProseSection>

      <ProseSection id="more" title="See also">
        <p>
          How we choose and research claims is set out in our <Link href="/methodology">methodology</Link>; who we are and how we are
          funded, on our <Link href="/about">about page</Link>.
        </p>
      </ProseSection>
    </ProsePage>
  );
}
