import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { buildSitemap, listSitemapVerdicts } from "@/lib/verdicts/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built per request: a build has no database, and verdicts change
  const { siteUrl, orgName } = env();
  return buildSitemap(await listSitemapVerdicts(), { siteUrl, orgName });
}
