import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Stance } from "@/lib/generated/prisma/enums";

/**
 * The evidence as it was published (docs/decisions/008-verdict-review-workflow.md). Publishing a
 * verdict, a correction or an update takes a snapshot of the claim's evidence (the SQL function
 * evidence_snapshot of the migration 20261127090000_published_evidence) into the revision and into
 * Verdict.publishedEvidence. Public pages render only snapshots; the desk keeps editing the live
 * Evidence rows, whose differences from the snapshot reach the public with the next revision.
 *
 * The citation itself is frozen (address, title, excerpt, stance, order, which source); the
 * source's name and reliability stay the registry's current public judgement
 * (docs/decisions/009-source-registry-and-rating-scale.md).
 */

const snapshotItem = z.object({
  /** The Evidence row it was taken from (gone if that evidence was removed since). */
  id: z.string(),
  url: z.string(),
  archiveUrl: z.string().nullable(),
  title: z.string(),
  excerpt: z.string(),
  stance: z.enum(Stance),
  sourceId: z.string().nullable(),
});

const snapshotSchema = z.array(snapshotItem);

export type PublishedEvidenceItem = z.infer<typeof snapshotItem>;

/**
 * A stored snapshot, checked: null when nothing was recorded. A malformed one (a bug, or a hand
 * edit) must not take a public page down: it is logged and read as no items, `unreadable`, for the
 * page to say its evidence could not be shown. `what` names it in the log.
 */
export function readSnapshot(
  stored: Prisma.JsonValue | null | undefined,
  what = "a verdict",
): { items: PublishedEvidenceItem[]; unreadable: boolean } | null {
  if (stored === null || stored === undefined) return null;
  const parsed = snapshotSchema.safeParse(stored);
  if (parsed.success) return { items: parsed.data, unreadable: false };
  console.error(`[published-evidence] the published evidence of ${what} is malformed and is not shown:`, z.prettifyError(parsed.error));
  return { items: [], unreadable: true };
}

/** The items of a stored snapshot, for comparing with the live evidence (null: nothing recorded). */
export function readPublishedEvidence(stored: Prisma.JsonValue | null | undefined, what?: string): PublishedEvidenceItem[] | null {
  return readSnapshot(stored, what)?.items ?? null;
}

/**
 * Locks the sources the claim's evidence cites FOR KEY SHARE until the transaction ends. A source
 * merge (lib/sources/mutations.ts) locks both of its sources FOR UPDATE, so the two serialise: a
 * merge that came first has moved the evidence to the survivor (and deleted the duplicate, whose
 * row this lock then skips) before this returns; a merge that comes later waits for this
 * transaction, then re-points the snapshot it committed. Without the lock, a snapshot read while a
 * merge runs could be committed after it, citing the deleted duplicate.
 */
export async function lockCitedSources(tx: Prisma.TransactionClient, claimId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Source" WHERE id IN (SELECT "sourceId" FROM "Evidence" WHERE "claimId" = ${claimId}) FOR KEY SHARE`;
}

/** The claim's evidence now, as a publication keeps it (its sources locked first: see lockCitedSources). */
export async function takeEvidenceSnapshot(tx: Prisma.TransactionClient, claimId: string): Promise<PublishedEvidenceItem[]> {
  await lockCitedSources(tx, claimId);
  // A new statement: in READ COMMITTED it sees what a merge the lock waited for committed.
  const [row] = await tx.$queryRaw<{ snapshot: unknown }[]>`SELECT evidence_snapshot(${claimId}) AS snapshot`;
  return snapshotSchema.parse(row?.snapshot ?? []);
}

/**
 * What a snapshot citing the source contains: "cites it" is JSON containment (`@>`, Prisma's
 * `array_contains`), which the GIN index on Verdict.publishedEvidence answers.
 */
export const citationOf = (sourceId: string) => [{ sourceId }];

const sourceSelect = { id: true, name: true, domain: true, reliability: true, reliabilityNote: true } as const;

export type PublicEvidence = Omit<PublishedEvidenceItem, "sourceId"> & {
  source: Prisma.SourceGetPayload<{ select: typeof sourceSelect }> | null;
};

/** A snapshot with each citation's source from the registry, for a public page (null: none recorded). */
export async function withSources(db: PrismaClient, items: PublishedEvidenceItem[] | null): Promise<PublicEvidence[] | null> {
  if (!items) return null;
  const ids = [...new Set(items.flatMap((item) => (item.sourceId ? [item.sourceId] : [])))];
  const sources = ids.length ? await db.source.findMany({ where: { id: { in: ids } }, select: sourceSelect }) : [];
  const byId = new Map(sources.map((source) => [source.id, source]));
  return items.map(({ sourceId, ...item }) => ({ ...item, source: (sourceId && byId.get(sourceId)) || null }));
}

/** The fields of a citation the public sees, by the words the desk uses for them. */
const comparedFields = { url: "address", archiveUrl: "archived copy", title: "title", excerpt: "excerpt", stance: "stance" } as const;

type Comparable = Pick<PublishedEvidenceItem, "id" | keyof typeof comparedFields>;

export type EvidenceChange =
  { kind: "added" | "removed"; title: string } | { kind: "changed"; title: string; fields: string[] } | { kind: "reordered" };

/**
 * How the live evidence differs from what was published, in the desk's order: what was added,
 * changed (and which fields) or removed, and whether the order changed. Empty: nothing to publish.
 */
export function evidenceChanges(published: Comparable[] | null, live: Comparable[]): EvidenceChange[] {
  const before = new Map((published ?? []).map((item) => [item.id, item]));
  const liveIds = new Set(live.map((item) => item.id));
  const changes: EvidenceChange[] = [];
  for (const item of live) {
    const old = before.get(item.id);
    if (!old) {
      changes.push({ kind: "added", title: item.title });
      continue;
    }
    const fields = (Object.keys(comparedFields) as (keyof typeof comparedFields)[]).filter(
      (key) => (old[key] ?? null) !== (item[key] ?? null),
    );
    if (fields.length) changes.push({ kind: "changed", title: item.title, fields: fields.map((key) => comparedFields[key]) });
  }
  for (const item of published ?? []) if (!liveIds.has(item.id)) changes.push({ kind: "removed", title: item.title });
  const keptInPublishedOrder = (published ?? []).filter((item) => liveIds.has(item.id)).map((item) => item.id);
  const keptInLiveOrder = live.filter((item) => before.has(item.id)).map((item) => item.id);
  if (keptInPublishedOrder.join() !== keptInLiveOrder.join()) changes.push({ kind: "reordered" });
  return changes;
}
