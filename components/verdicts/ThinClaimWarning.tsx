import Link from "next/link";

/**
 * Said before a first publication when the claim lacks what the public page and its ClaimReview
 * use to say where and when it was made. A warning, not a block: some claims (a remark on the
 * radio) have no article, and the date may be unknown.
 */
export function ThinClaimWarning({ claim }: { claim: { id: string; claimDate: Date | null; appearances: number } }) {
  const missing = [
    claim.appearances === 0 ? "no appearance: the public page will not show where the claim was made" : null,
    claim.claimDate ? null : "no date: the public page and its ClaimReview will not say when it was made",
  ].filter((item): item is string => item !== null);
  if (missing.length === 0) return null;
  return (
    <section
      aria-labelledby="thin-claim-heading"
      className="max-w-prose rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
      data-testid="thin-claim-warning"
    >
      <h2 id="thin-claim-heading" className="font-semibold">
        Before publishing: this claim has
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {missing.map((item) => (
          <li key={item}>{item}.</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        It can still be published.{" "}
        <Link href={`/workspace/claims/${claim.id}`} className="font-medium underline underline-offset-2">
          Add them on the claim desk
        </Link>{" "}
        (an appearance from an article&apos;s reader view, the date with the claim&apos;s text).
      </p>
    </section>
  );
}
