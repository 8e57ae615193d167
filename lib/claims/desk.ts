import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { frozenNotice } from "@/lib/verdicts/awaiting-approval";
import { evidenceChanges, readPublishedEvidence } from "@/lib/verdicts/published-evidence";
import { hasPublicPage, listRepeats } from "@/lib/verdicts/queries";

/** Everything the claim desk (/workspace/claims/[id]) shows about one claim; staff only. */
const deskSelect = {
  id: true,
  text: true,
  status: true,
  dismissalReason: true,
  checkworthiness: true,
  claimDate: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  claimant: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
  topics: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  // Repeats recorded after the verdict was published are listed apart ("Repeated since").
  appearances: {
    where: { repeatedAt: null },
    orderBy: [{ anchorStatus: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      anchorStatus: true,
      version: true,
      article: { select: { id: true, title: true, url: true, publishedAt: true, publisher: { select: { name: true } } } },
    },
  },
  evidence: {
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      archiveUrl: true,
      title: true,
      excerpt: true,
      stance: true,
      version: true,
      createdAt: true,
      addedBy: { select: { name: true } },
      source: { select: { name: true, domain: true, status: true, reliability: true, reliabilityNote: true } },
    },
  },
  notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
  verdict: {
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      rating: { select: { label: true, color: true } },
      publishedEvidence: true,
      // A correction or update awaiting approval freezes the claim as a verdict awaiting it does.
      revisions: { where: { status: "AWAITING_APPROVAL" }, select: { number: true, kind: true } },
    },
  },
} as const satisfies Prisma.ClaimSelect;

/**
 * The claim for its desk, with what the desk must say about it: `isPublic`, whether its verdict has
 * a public page (its text and claimant then no longer change); `frozen`, why its text, claimant and
 * evidence cannot change now (null: they can); `evidenceChanges`, how the evidence differs from
 * what the public page shows (null: no public page).
 */
export async function getClaimForDesk(id: string) {
  const claim = await db.claim.findUnique({ where: { id }, select: deskSelect });
  if (!claim) return null;
  const repeatedSince = await listRepeats(db, id);
  const { verdict } = claim;
  const isPublic = hasPublicPage(verdict);
  return {
    ...claim,
    repeatedSince,
    isPublic,
    frozen: verdict ? frozenNotice(verdict.status, verdict.revisions[0] ?? null) : null,
    evidenceChanges: isPublic
      ? evidenceChanges(readPublishedEvidence(verdict.publishedEvidence, `verdict ${verdict.id}`), claim.evidence)
      : null,
  };
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof getClaimForDesk>>>;
export type DeskEvidence = DeskClaim["evidence"][number];

/** Choices of the desk's and the queue's forms: topics, claimant names, active staff. */
export async function listClaimChoices() {
  const [topics, staff] = await Promise.all([
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } }),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { topics, staff };
}

/** Names for the claimant field's suggestions: the most used claimants first. */
export function listClaimantNames(limit = 200) {
  return db.claimant
    .findMany({ orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }], take: limit, select: { name: true } })
    .then((rows) => rows.map((row) => row.name));
}
