import { db } from "@/lib/db";
import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { paginate, parsePage } from "@/lib/pagination";

/**
 * The reviewers' queue (/workspace): claims filtered and sorted by what the GET form asks for,
 * one page at a time. Filters are query parameters, so a filtered queue is a link to share.
 */

/**
 * What is left to do, not the claim's own status: "todo" (no verdict yet, or one in draft),
 * "awaiting" (a verdict waiting for a second person's approval), then what is done.
 */
export const QUEUE_STATUSES = ["todo", "awaiting", "PUBLISHED", "DISMISSED", "all"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_SORTS = ["updated", "created", "score"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export type QueueFilters = {
  /** "todo" (default): claims still waiting for a verdict to be written. */
  status: QueueStatus;
  /** A topic's slug. */
  topic: string;
  /** "me", "unassigned" or a user id; "" for anyone. */
  assignee: string;
  /** Part of the claimant's name. */
  claimant: string;
  /** A source's id: claims appearing in an article it published. */
  source: string;
  /** Lowest check-worthiness score, 0–1; null for any (claims without a score included). */
  minScore: number | null;
  sort: QueueSort;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Reads the queue's query parameters; anything unreadable falls back to its default. */
export function parseQueueFilters(params: Params): QueueFilters {
  const status = one(params.status);
  const sort = one(params.sort);
  const score = Number(one(params.minScore).replace(",", "."));
  return {
    status: (QUEUE_STATUSES as readonly string[]).includes(status) ? (status as QueueStatus) : "todo",
    topic: one(params.topic).slice(0, 100),
    assignee: one(params.assignee).slice(0, 100),
    claimant: one(params.claimant).slice(0, 200),
    source: one(params.source).slice(0, 100),
    minScore: one(params.minScore) !== "" && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : null,
    sort: (QUEUE_SORTS as readonly string[]).includes(sort) ? (sort as QueueSort) : "updated",
    page: parsePage(params.page),
  };
}

/** The filters as query parameters (defaults left out), for pagination links. */
export function queueQuery(filters: QueueFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status !== "todo") query.set("status", filters.status);
  for (const key of ["topic", "assignee", "claimant", "source"] as const) if (filters[key]) query.set(key, filters[key]);
  if (filters.minScore !== null) query.set("minScore", String(filters.minScore));
  if (filters.sort !== "updated") query.set("sort", filters.sort);
  return query;
}

export function queueWhere(filters: QueueFilters, viewerId: string): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filters.status === "todo") {
    and.push({ status: { in: ["NEW", "IN_REVIEW"] }, OR: [{ verdict: { is: null } }, { verdict: { is: { status: "DRAFT" } } }] });
  } else if (filters.status === "awaiting") {
    and.push({ status: { not: "DISMISSED" }, verdict: { is: { status: "AWAITING_APPROVAL" } } });
  } else if (filters.status !== "all") and.push({ status: filters.status as ClaimStatus });
  if (filters.topic) and.push({ topics: { some: { slug: filters.topic } } });
  if (filters.assignee === "me") and.push({ assigneeId: viewerId });
  else if (filters.assignee === "unassigned") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.claimant) and.push({ claimant: { name: { contains: filters.claimant, mode: "insensitive" } } });
  if (filters.source) and.push({ appearances: { some: { article: { publisherId: filters.source } } } });
  if (filters.minScore !== null) and.push({ checkworthiness: { gte: filters.minScore } });
  return { AND: and };
}

const orderBy: Record<QueueSort, Prisma.ClaimOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
  score: [{ checkworthiness: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, { id: "desc" }],
};

const queueClaimSelect = {
  id: true,
  text: true,
  status: true,
  checkworthiness: true,
  updatedAt: true,
  version: true,
  claimant: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
  appearances: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { exact: true, article: { select: { title: true } } },
  },
} as const satisfies Prisma.ClaimSelect;

export function listClaimsForQueue(filters: QueueFilters, viewerId: string) {
  const where = queueWhere(filters, viewerId);
  return paginate(
    filters.page,
    () => db.claim.count({ where }),
    (range) => db.claim.findMany({ where, orderBy: orderBy[filters.sort], ...range, select: queueClaimSelect }),
  );
}

export type QueueClaim = Awaited<ReturnType<typeof listClaimsForQueue>>["items"][number];

/** Sources that published an article, for the queue's source filter. */
export function listPublishers() {
  return db.source.findMany({ where: { articles: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
