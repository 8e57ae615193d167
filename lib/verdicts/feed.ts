import "server-only";
import { Feed } from "feed";
import { db } from "@/lib/db";
import { lastChangedAt, latestCorrectionSelect } from "@/lib/verdicts/last-changed";
import { formatDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { type Site, verdictUrl } from "./claim-review";
import { PUBLIC_VERDICT_STATUSES } from "./queries";

/**
 * The public feeds of published verdicts (/feed.xml, /feed.atom, /feed.json), newest first.
 * One query and one Feed object serve all three formats, so they always list the same items.
 * A retracted verdict stays in, marked and dated by its retraction: a reader or a site that
 * syndicated the item learns of the retraction only if the item changes, never if it vanishes.
 */

export const FEED_SIZE = 50;

export const feedFormats = {
  rss: { path: "/feed.xml", contentType: "application/rss+xml; charset=utf-8" },
  atom: { path: "/feed.atom", contentType: "application/atom+xml; charset=utf-8" },
  json: { path: "/feed.json", contentType: "application/feed+json; charset=utf-8" },
} as const;

export type FeedFormat = keyof typeof feedFormats;

/**
 * <link rel="alternate"> entries naming the feeds, for `metadata.alternates.types`. Next merges
 * `alternates` as a whole, so a page that sets its own (a canonical URL) spreads these in again.
 */
export function feedAlternates(orgName: string) {
  const entry = (format: FeedFormat, name: string) => [{ url: feedFormats[format].path, title: `${orgName} fact checks (${name})` }];
  return {
    "application/rss+xml": entry("rss", "RSS"),
    "application/atom+xml": entry("atom", "Atom"),
    "application/feed+json": entry("json", "JSON Feed"),
  };
}

/** `metadata.alternates` of a public page: its canonical URL plus the feeds (see above). */
export function publicAlternates(canonical: string) {
  return { canonical, types: feedAlternates(env().orgName) };
}

export async function listFeedVerdicts(limit = FEED_SIZE) {
  const verdicts = await db.verdict.findMany({
    where: { status: { in: [...PUBLIC_VERDICT_STATUSES] }, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      conclusion: true,
      publishedAt: true,
      status: true,
      retractedAt: true,
      retractionReason: true,
      rating: { select: { label: true } },
      claim: { select: { text: true } },
      revisions: latestCorrectionSelect,
      // Several verdicts per claim (decision 025): a retracted item names the new verdict once published.
      successor: { select: { slug: true, status: true, publishedAt: true } },
      previous: { select: { slug: true } },
    },
  });
  return verdicts.map(({ revisions, publishedAt, status, retractedAt, retractionReason, successor, previous, ...verdict }) => {
    const replacedBy =
      status === "RETRACTED" && successor?.status === "PUBLISHED" && successor.publishedAt
        ? { slug: successor.slug, publishedAt: successor.publishedAt }
        : null;
    const retraction =
      status === "RETRACTED"
        ? { date: retractedAt ?? lastChangedAt({ publishedAt, revisions })!, reason: retractionReason, replacedBy }
        : null;
    return {
      ...verdict,
      publishedAt: publishedAt!,
      // A retraction, then the new verdict replacing it, is the item's last change: feed readers
      // show the item again as updated.
      updatedAt: replacedBy?.publishedAt ?? retraction?.date ?? lastChangedAt({ publishedAt, revisions })!,
      retraction,
      replaces: previous?.slug ?? null,
    };
  });
}

export type FeedVerdict = Awaited<ReturnType<typeof listFeedVerdicts>>[number];

/** "“<claim>” — <rating>": a reader scanning headlines sees both what was said and the finding. */
export function feedItemTitle(verdict: Pick<FeedVerdict, "claim" | "rating" | "retraction">): string {
  const title = verdict.rating ? `“${verdict.claim.text}” — ${verdict.rating.label}` : `“${verdict.claim.text}”`;
  return verdict.retraction ? `Retracted: ${title}` : title;
}

/**
 * The item's text: the conclusion (else the claim), after the retraction notice once retracted
 * (naming the new fact check of the claim once it is published), or after a word that it replaces
 * a retracted one. `site` makes the links to the other verdict.
 */
export function feedItemSummary(
  verdict: Pick<FeedVerdict, "claim" | "conclusion" | "retraction"> & { replaces?: string | null },
  site?: Site,
): string {
  const summary = verdict.conclusion || verdict.claim.text;
  const url = (slug: string) => (site ? `: ${verdictUrl(site, slug)}` : "");
  if (!verdict.retraction) {
    return verdict.replaces ? `This fact check replaces a retracted one${url(verdict.replaces)}. ${summary}` : summary;
  }
  const reason = verdict.retraction.reason ? ` Reason: ${verdict.retraction.reason}` : "";
  const replaced = verdict.retraction.replacedBy
    ? ` A new fact check of this claim was published on ${formatDate(verdict.retraction.replacedBy.publishedAt)}${url(verdict.retraction.replacedBy.slug)}.`
    : "";
  return `This fact check was retracted on ${formatDate(verdict.retraction.date)} and should no longer be relied on.${reason}${replaced} Original conclusion: ${summary}`;
}

/**
 * RSS and Atom (the package marks Atom titles and summaries type="html") treat item text as HTML,
 * so a claim's untrusted text is escaped for them; JSON Feed carries plain text as it is.
 */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function buildFeed(verdicts: FeedVerdict[], site: Site, format: FeedFormat): Feed {
  const text = format === "json" ? (value: string) => value : escapeHtml;
  const link = (path: string) => `${site.siteUrl}${path}`;
  const author = { name: site.orgName, link: site.siteUrl };
  const feed = new Feed({
    title: `${site.orgName} — fact checks`,
    description: `Published fact checks by ${site.orgName}: claims, evidence and verdicts.`,
    id: `${site.siteUrl}/`,
    link: `${site.siteUrl}/`,
    language: "en",
    // The newest change in the feed, not "now": readers and caches can tell when nothing changed.
    updated: newestChange(verdicts) ?? new Date(0),
    generator: site.orgName,
    copyright: `© ${site.orgName}`,
    author,
    feedLinks: { rss: link(feedFormats.rss.path), atom: link(feedFormats.atom.path), json: link(feedFormats.json.path) },
  });
  for (const verdict of verdicts) {
    const url = verdictUrl(site, verdict.slug);
    feed.addItem({
      title: text(feedItemTitle(verdict)),
      id: url,
      link: url,
      date: verdict.updatedAt,
      published: verdict.publishedAt,
      description: text(feedItemSummary(verdict, site)),
      author: [author],
    });
  }
  return feed;
}

export function newestChange(verdicts: FeedVerdict[]): Date | undefined {
  return verdicts.reduce<Date | undefined>((max, v) => (!max || v.updatedAt > max ? v.updatedAt : max), undefined);
}

/**
 * JSON Feed 1.1. The feed package writes version 1: a single `author`, and the summary as
 * `content_html`. 1.1 names its version and lists `authors`; our summaries are plain text, so
 * they go in `content_text`, never to be read as HTML.
 */
function jsonFeed11(feed: Feed): string {
  type Author = { name?: string; url?: string };
  type Item = { author?: Author; content_html?: string } & Record<string, unknown>;
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: Author; items: Item[] };
  const { author, items, ...rest } = json;
  return JSON.stringify({
    ...rest,
    version: "https://jsonfeed.org/version/1.1",
    language: feed.options.language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, content_html, ...item }) => ({
      ...item,
      content_text: content_html ?? "",
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
    })),
  });
}

/** The feed document in one format. */
export function renderFeed(format: FeedFormat, verdicts: FeedVerdict[], site: Site): string {
  const feed = buildFeed(verdicts, site, format);
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return jsonFeed11(feed);
}

/**
 * The HTTP answer of a feed route. Feed readers poll; five minutes in their caches (and a shared
 * proxy's) keeps the polling cheap while a retraction still reaches the feed within minutes.
 */
export async function feedResponse(format: FeedFormat): Promise<Response> {
  const { siteUrl, orgName } = env();
  const verdicts = await listFeedVerdicts();
  const newest = newestChange(verdicts);
  return new Response(renderFeed(format, verdicts, { siteUrl, orgName }), {
    headers: {
      "Content-Type": feedFormats[format].contentType,
      "Cache-Control": "public, max-age=300",
      ...(newest ? { "Last-Modified": newest.toUTCString() } : {}),
    },
  });
}
