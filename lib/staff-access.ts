import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

/**
 * Until sign-in exists, the workspace and moderation pages are a local demo: a production
 * deployment answers 404 for them rather than showing staff data to anyone. The sign-in issue
 * replaces this with a real session and role check.
 *
 * Call it in the staff layouts AND in every staff page (and its metadata): Next renders a layout,
 * its page and their metadata in parallel, so a page whose layout calls notFound() still streams
 * its own data in the response.
 */
export async function guardStaffArea(): Promise<void> {
  // Decide per request, never at build time.
  await connection();
  if (env().production) notFound();
}

/** `export const generateMetadata = staffPageMetadata("…")`: the title, only where the page may be shown. */
export function staffPageMetadata(title: string): () => Promise<Metadata> {
  return async () => {
    await guardStaffArea();
    return { title };
  };
}
