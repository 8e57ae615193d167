import { type ClaimReview, jsonForScript } from "@/lib/verdicts/claim-review";

/** The verdict's ClaimReview as JSON-LD for search engines, escaped so no claim can end the script. */
export function ClaimReviewJsonLd({ review }: { review: ClaimReview }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(review) }} />;
}
