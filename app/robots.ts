import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

/** Staff areas, sign-in and the iframe cards (duplicates of verdict pages) stay out of search engines. */
// Embed cards stay crawlable so that crawlers read their noindex and canonical link.
const DISALLOWED_PATHS = ["/workspace", "/moderation", "/api/auth"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // SITE_URL is a runtime setting, not known at build time
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS },
    sitemap: `${env().siteUrl}/sitemap.xml`,
  };
}
