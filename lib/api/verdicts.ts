import "server-only";
import { db, searchDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseFilters, type ParameterProblem } from "@/lib/search/filters";
import { decodeCursor, searchVerdicts } from "@/lib/search/search";
import { isStatementTimeout } from "@/lib/search/timeout";
import { buildClaimReview, claimReviewSelect, verdictUrl } from "@/lib/verdicts/claim-review";
import { lastChangedAt, latestCorrectionSelect } from "@/lib/verdicts/last-changed";
import {
  asPublicAppearances,
  liveAppearanceOrder,
  liveAppearanceSelect,
  readAppearanceSnapshot,
} from "@/lib/verdicts/published-appearances";
import { hasPublicPage, PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";
import { pageFields, type VerdictItem, type VerdictList } from "./schemas";

/** Field by field: what an API item shows, plus what buildClaimReview needs. */
const itemSelect = {
  ...claimReviewSelect,
  id: true,
  conclusion: true,
  retractedAt: true,
  retractionReason: true,
  rating: { select: { key: true, label: true, ordinal: true } },
  claim: {
    select: {
      ...claimReviewSelect.claim.select,
      topics: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
      // Read only for a verdict without a snapshot of its appearances (inserted by hand or a script).
      appearances: { where: { repeatedAt: null }, orderBy: liveAppearanceOrder, select: liveAppearanceSelect },
    },
  },
  revisions: latestCorrectionSelect,
  // Several verdicts per claim (decision 025): the retracted one this replaces, the one replacing it.
  previous: { select: { id: true, slug: true } },
  successor: { select: { id: true, slug: true, status: true } },
} satisfies Prisma.VerdictSelect;

type ItemRow = Prisma.VerdictGetPayload<{ select: typeof itemSelect }>;

function toItem(row: ItemRow): VerdictItem {
  const site = { siteUrl: env().siteUrl, orgName: env().orgName };
  // ClaimReview names the appearances the verdict was published with, as its page shows them.
  const published = readAppearanceSnapshot(row.publishedAppearances, `verdict ${row.id}`);
  const appearances = published ? asPublicAppearances(published) : row.claim.appearances;
  // Only published and retracted verdicts are selected, and both have a publication date.
  const publishedAt = row.publishedAt!;
  const retracted = row.status === "RETRACTED";
  const link = (other: { id: string; slug: string }) => ({ id: other.id, slug: other.slug, url: verdictUrl(site, other.slug) });
  return {
    id: row.id,
    slug: row.slug,
    url: verdictUrl(site, row.slug),
    status: retracted ? "retracted" : "published",
    retraction: retracted ? { date: row.retractedAt?.toISOString() ?? null, reason: row.retractionReason } : null,
    replacedBy: hasPublicPage(row.successor) ? link(row.successor) : null,
    replaces: row.previous ? link(row.previous) : null,
    claim: {
      text: row.claim.text,
      claimant: row.claim.claimant ? { name: row.claim.claimant.name, sameAs: row.claim.claimant.sameAs } : null,
      claimDate: row.claim.claimDate?.toISOString() ?? null,
    },
    rating: row.rating,
    conclusion: row.conclusion,
    publishedAt: publishedAt.toISOString(),
    updatedAt: (lastChangedAt(row) ?? publishedAt).toISOString(),
    topics: row.claim.topics,
    claimReview: buildClaimReview({ ...row, claim: { ...row.claim, appearances } }, site),
  };
}

/** GET /api/v1/verdicts/{id}: a published or retracted verdict, else null. */
export async function getVerdictItem(id: string): Promise<VerdictItem | null> {
  const row = await db.verdict.findFirst({
    where: { id, status: { in: [...PUBLIC_VERDICT_STATUSES] }, publishedAt: { not: null } },
    select: itemSelect,
  });
  return row ? toItem(row) : null;
}

export type ListResult = { ok: true; body: VerdictList } | { ok: false; problems: ParameterProblem[] } | { ok: false; timedOut: true };

/**
 * GET /api/v1/verdicts: published and retracted verdicts (each with its state, so that a copy
 * elsewhere learns of a retraction), through the same search function as /search.
 * Any invalid parameter fails the whole request (the caller answers 400 with the details).
 */
export async function listVerdictItems(params: URLSearchParams): Promise<ListResult> {
  const { filters, problems } = parseFilters(params);
  const limit = pageFields.limit.safeParse(params.get("limit") ?? undefined);
  if (!limit.success) problems.push({ param: "limit", message: limit.error.issues[0]?.message ?? "is not valid" });
  const rawCursor = params.get("cursor");
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  if (rawCursor && (!cursor || !pageFields.cursor.safeParse(rawCursor).success)) {
    problems.push({ param: "cursor", message: "is not a cursor this API gave out" });
  }
  if (problems.length > 0 || !limit.success) return { ok: false, problems };

  let found: Awaited<ReturnType<typeof searchVerdicts>>;
  try {
    found = await searchVerdicts(searchDb, filters, { limit: limit.data, cursor, withRetracted: true });
  } catch (error) {
    if (isStatementTimeout(error)) return { ok: false, timedOut: true };
    throw error;
  }
  const { hits, nextCursor } = found;
  const rows = await db.verdict.findMany({ where: { id: { in: hits.map((hit) => hit.id) } }, select: itemSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Keep the search order; a verdict retracted between the two queries is shown as it now is.
  const isPublic = (status: string) => (PUBLIC_VERDICT_STATUSES as readonly string[]).includes(status);
  const items = hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row && isPublic(row.status) ? [toItem(row)] : [];
  });
  return { ok: true, body: { items, nextCursor } };
}
