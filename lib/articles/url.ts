/**
 * Article.url is unique, so one article has one spelling of its address: no fragment, no
 * tracking parameters (utm_*, fbclid, gclid…), host in lower case (the URL parser does that).
 */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src)$/i;

export function normaliseArticleUrl(input: string | URL): string {
  const url = new URL(input.toString());
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  // An emptied query leaves a bare "?" behind.
  if (url.search === "?") url.search = "";
  return url.toString();
}

/** Why a typed address cannot be fetched (not a URL, not http/https), or null when it can. */
export function articleUrlProblem(input: string): { reason: "invalid-url" | "scheme"; message: string } | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { reason: "invalid-url", message: "That is not a web address. Give the full address, starting with https://." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { reason: "scheme", message: `Only http:// and https:// addresses can be fetched (this one is ${url.protocol}).` };
  }
  return null;
}
