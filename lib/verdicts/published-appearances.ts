import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AnchorStatus } from "@/lib/generated/prisma/enums";

/**
 * The appearances as they were published (issue 16 item 3, decision 025), like the evidence
 * (./published-evidence.ts, decision 008): publishing a verdict, a correction or an update copies
 * where the claim appeared (quote, its place, the article's title, address, date and publisher)
 * into the revision and into Verdict.publishedAppearances. The public page shows that snapshot, so
 * the desk may re-select, remove and add appearances of a public verdict: they reach the public
 * with the next correction or update. Repeats (appearances recorded after publication, with
 * `repeatedAt`) are not in it: they are listed at once as "Repeated since". A verdict without a
 * snapshot (inserted by hand or by a script, not published through the app) shows the live rows.
 */

const snapshotItem = z.object({
  /** The Appearance row it was taken from (gone if that appearance was removed since). */
  id: z.string(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  anchorStatus: z.enum(AnchorStatus),
  article: z.object({
    title: z.string(),
    url: z.string().nullable(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    publisher: z.object({ name: z.string(), domain: z.string() }).nullable(),
  }),
});

const snapshotSchema = z.array(snapshotItem);

export type PublishedAppearanceItem = z.infer<typeof snapshotItem>;

/** An appearance as public pages render it (the article's date as a Date). */
export type PublicAppearance = Omit<PublishedAppearanceItem, "article"> & {
  article: Omit<PublishedAppearanceItem["article"], "publishedAt"> & { publishedAt: Date | null };
};

/** What a snapshot copies of the live rows: the claim's appearances that are not repeats, in page order. */
export const liveAppearanceSelect = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  anchorStatus: true,
  article: { select: { title: true, url: true, publishedAt: true, publisher: { select: { name: true, domain: true } } } },
} as const satisfies Prisma.AppearanceSelect;

export const liveAppearanceOrder: Prisma.AppearanceOrderByWithRelationInput[] = [
  { anchorStatus: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];

type LiveAppearance = Prisma.AppearanceGetPayload<{ select: typeof liveAppearanceSelect }>;

function toItem(appearance: LiveAppearance): PublishedAppearanceItem {
  return { ...appearance, article: { ...appearance.article, publishedAt: appearance.article.publishedAt?.toISOString() ?? null } };
}

/** The claim's appearances as they are now (repeats left out), as a snapshot to store. */
export async function takeAppearanceSnapshot(tx: Prisma.TransactionClient, claimId: string): Promise<PublishedAppearanceItem[]> {
  const live = await tx.appearance.findMany({
    where: { claimId, repeatedAt: null },
    orderBy: liveAppearanceOrder,
    select: liveAppearanceSelect,
  });
  return live.map(toItem);
}

/**
 * A stored snapshot, checked: null when nothing was recorded. A malformed one is logged and read
 * as no items (a public page must not fail on it). `what` names it in the log.
 */
export function readAppearanceSnapshot(stored: Prisma.JsonValue | null | undefined, what = "a verdict"): PublishedAppearanceItem[] | null {
  if (stored === null || stored === undefined) return null;
  const parsed = snapshotSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.error(
    `[published-appearances] the published appearances of ${what} are malformed and are not shown:`,
    z.prettifyError(parsed.error),
  );
  return [];
}

/** A snapshot's items as public pages render them. */
export function asPublicAppearances(items: PublishedAppearanceItem[]): PublicAppearance[] {
  return items.map((item) => ({
    ...item,
    article: { ...item.article, publishedAt: item.article.publishedAt ? new Date(item.article.publishedAt) : null },
  }));
}

/** A change on the desk since publication: "added", "removed" or "changed" (its quote or place), with the quote. */
export type AppearanceChange = { change: "added" | "removed" | "changed"; exact: string; article: string };

/** How the live appearances differ from a published snapshot (null: nothing recorded, no differences reported). */
export function appearanceChanges(published: PublishedAppearanceItem[] | null, live: PublishedAppearanceItem[]): AppearanceChange[] {
  if (published === null) return [];
  const before = new Map(published.map((item) => [item.id, item]));
  const changes: AppearanceChange[] = [];
  for (const item of live) {
    const old = before.get(item.id);
    if (!old) changes.push({ change: "added", exact: item.exact, article: item.article.title });
    else if (old.exact !== item.exact || old.start !== item.start || old.anchorStatus !== item.anchorStatus) {
      changes.push({ change: "changed", exact: item.exact, article: item.article.title });
    }
    before.delete(item.id);
  }
  for (const old of before.values()) changes.push({ change: "removed", exact: old.exact, article: old.article.title });
  return changes;
}
