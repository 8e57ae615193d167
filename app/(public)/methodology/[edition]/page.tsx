import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProsePage, ProseSection } from "@/components/pages/ProsePage";
import { ReliabilityBadge } from "@/components/sources/ReliabilityBadge";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { env } from "@/lib/env";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { listMethodologyChanges, listRatingScale, type MethodologyChangeEntry } from "@/lib/ratings/queries";
import { reliabilities, reliabilityMeaning } from "@/lib/sources/labels";
import { publicAlternates } from "@/lib/verdicts/feed";

/** The one edition: "/methodology" is rewritten to /methodology/current (next.config.js). */
const METHODOLOGY_EDITION = "current";

type Props = { params: Promise<{ edition: string }> };

// "/methodology" (next.config.js rewrites it here; /methodology/… itself redirects back). The
// rating scale is data (admins edit it): a route with a parameter, so that the page is a
// whole-page cache entry (ISR) rendered on its first request, not at build time (no database
// then), and refreshed with the `ratings` tag (docs/decisions/026-whole-page-cache.md).
export const revalidate = 3600;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export const metadata: Metadata = {
  title: "Methodology",
  description: "How we choose the claims we check, how we research them, how a verdict is reviewed and what each rating means.",
  alternates: publicAlternates("/methodology"),
};

export default async function MethodologyPage({ params }: Props) {
  if ((await params).edition !== METHODOLOGY_EDITION) notFound();
  const [ratings, changes] = await Promise.all([listRatingScale(), listMethodologyChanges()]);
  const { orgName } = env();

  return (
    <ProsePage
      title="Methodology"
      lead={`How ${orgName} chooses the claims it checks, researches them and decides on a rating. The same steps apply to every claim, whoever made it.`}
    >
      <ProseSection id="choosing" title="How we choose claims">
        <p>
          We read news reports, official statements, debates and widely shared social media posts, and pick out statements of fact that can
          be checked against evidence. Opinions, predictions and jokes are not checked.
        </p>
        <p>We give priority to claims that:</p>
        <ul>
          <li>are spreading widely or are made by people with power or a large audience;</li>
          <li>could change what people do about their health, money, safety or vote;</li>
          <li>can be settled by evidence that is, or can be made, public.</li>
        </ul>
        <p>
          We check claims from every side of a debate and keep track of whom we check, so that no party, group or person is singled out.
          Readers can suggest a claim to check; a suggestion is weighed by the same rules.
        </p>
      </ProseSection>

      <ProseSection id="research" title="How we research a claim">
        <p>
          We find where the claim was made and record the exact words in context, so readers can see what was actually said. Then we look
          for the best available evidence: official data and documents first, then research, then reporting by outlets with a record of
          accuracy. We ask the person or organisation who made the claim for their source, and say so when they do not answer.
        </p>
        <p>
          Every piece of evidence is listed with the fact check, grouped by whether it supports the claim, refutes it or gives context, with
          a link to the original and, where we made one, an archived copy.
        </p>
      </ProseSection>

      <ProseSection id="review" title="Review and publication">
        <p>
          The reviewer who researched a claim drafts the verdict: a rating, a short conclusion and an explanation of how we reached it. A
          second member of the desk, who did not write it, checks the evidence and the reasoning and must approve the draft before it is
          published. Both names appear on the fact check.
        </p>
        <p>
          After publication we correct errors openly; see our <Link href="/corrections-policy">corrections policy</Link>.
        </p>
      </ProseSection>

      <section aria-labelledby="ratings-heading" id="ratings" className="scroll-mt-6">
        <h2 id="ratings-heading" className="font-serif text-2xl font-bold text-slate-900">
          Our ratings
        </h2>
        <p className="mt-4 text-[1.0625rem] leading-relaxed text-slate-800">
          Each verdict carries one rating. Ratings on the truth scale run from 5 (true) to 1 (false); the others describe claims that the
          scale does not fit.
        </p>
        {ratings.length === 0 ? (
          <p className="mt-4 text-slate-600">The rating scale has not been set up yet.</p>
        ) : (
          <dl className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
            {ratings.map((rating) => (
              <div key={rating.key} className="grid gap-2 py-4 sm:grid-cols-[11rem_1fr] sm:gap-6">
                <dt>
                  <RatingBadge rating={rating} />
                </dt>
                <dd className="leading-relaxed text-slate-800">
                  {rating.description}
                  <span className="mt-1 block text-sm text-slate-600">
                    {rating.ordinal === null ? "Not on the truth scale." : `Truth scale: ${rating.ordinal} of 5.`}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {changes.length > 0 ? (
        <section aria-labelledby="changes-heading" id="changes" className="scroll-mt-6">
          <h2 id="changes-heading" className="font-serif text-2xl font-bold text-slate-900">
            Changes to our ratings
          </h2>
          <p className="mt-4 text-[1.0625rem] leading-relaxed text-slate-800">
            When we change a rating that published fact checks carry, those fact checks show the new label or value. Each change is listed
            here with its date and our reason.
          </p>
          <ol className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
            {changes.map((change) => (
              <li key={change.id} className="py-4">
                <p className="font-semibold text-slate-900">
                  <FormattedDate date={change.changedAt} />: {describeChange(change)}
                </p>
                <p className="mt-1 leading-relaxed text-slate-800">{change.note}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading" id="sources" className="scroll-mt-6">
        <h2 id="sources-heading" className="font-serif text-2xl font-bold text-slate-900">
          How we rate sources
        </h2>
        <p className="mt-4 text-[1.0625rem] leading-relaxed text-slate-800">
          We keep a register of the sources we cite and rate each one for reliability, with a short public note explaining why. A rating
          describes the source&apos;s record, not any single article.
        </p>
        <dl className="mt-6 space-y-4">
          {reliabilities.map((reliability) => (
            <div key={reliability} className="grid gap-2 sm:grid-cols-[11rem_1fr] sm:gap-6">
              <dt>
                <ReliabilityBadge reliability={reliability} />
              </dt>
              <dd className="leading-relaxed text-slate-800">{reliabilityMeaning[reliability]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-6 text-[1.0625rem] leading-relaxed text-slate-800">
          Some sources are blocked: we never cite them as evidence, for example because they invent quotes or republish others&apos; work
          under false names. Their page says so; they can still appear as the place where a claim we checked was published.
        </p>
      </section>
    </ProsePage>
  );
}

const scaleValue = (ordinal: number | null) => (ordinal === null ? "off the truth scale" : `${ordinal} of 5 on the truth scale`);

/** "“Half true” renamed “Partly true”; truth-scale value 3 of 5 → 4 of 5". */
function describeChange({ before, after }: MethodologyChangeEntry): string {
  const parts: string[] = [];
  if (before.label !== after.label) parts.push(`“${before.label}” renamed “${after.label}”`);
  else parts.push(`“${after.label}”`);
  if (before.ordinal !== after.ordinal) parts.push(`moved from ${scaleValue(before.ordinal)} to ${scaleValue(after.ordinal)}`);
  return parts.join(" ");
}
