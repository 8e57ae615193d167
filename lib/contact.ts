import "server-only";
import { env } from "@/lib/env";

/** A contact address at the site's own domain, e.g. corrections@factcheck.example.org. */
export function contactAddress(mailbox: string, siteUrl = env().siteUrl): string {
  return `${mailbox}@${new URL(siteUrl).hostname.replace(/^www\./, "")}`;
}
