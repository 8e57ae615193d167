import { shorten } from "@/lib/text";
import type { Site } from "./claim-review";

/** The iframe-able card of a verdict (app/embed/verdicts/[slug]). */
export function embedUrl(site: Site, slug: string): string {
  return `${site.siteUrl}/embed/verdicts/${encodeURIComponent(slug)}`;
}

/** Height that fits the card's claim, rating, one-line conclusion and link on a phone. */
export const EMBED_HEIGHT = 260;

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The HTML another site pastes to show the card. The claim is untrusted text going into an
 * attribute of someone else's page, so it is escaped for that context.
 */
export function embedSnippet(site: Site, verdict: { slug: string; claim: { text: string } }): string {
  const title = `Fact check by ${site.orgName}: ${shorten(verdict.claim.text, 100)}`;
  return `<iframe src="${attribute(embedUrl(site, verdict.slug))}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:640px" loading="lazy"></iframe>`;
}
