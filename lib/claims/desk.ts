import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { frozenNotice } from "@/lib/verdicts/awaiting-approval";
import { appearanceChanges, readAppearanceSnapshot, takeAppearanceSnapshot } from "@/lib/verdicts/published-appearances";
import { evidenceChanges, readPublishedEvidence } from "@/lib/verdicts/published-evidence";
import { allVerdicts } from "@/lib/verdicts/current";
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
  // Its verdicts, oldest first: retracted ones (public, marked) and at most one current one.
  verdicts: allVerdicts({
    id: true,
    slug: true,
    status: true,
    updatedAt: true,
    publishedAt: true,
    retractedAt: true,
    retractionReason: true,
    rating: { select: { label: true, color: true } },
    publishedEvidence: true,
    publishedAppearances: true,
    // A correction or update awaiting approval freezes the claim as a verdict awaiting it does.
    revisions: { where: { status: "AWAITING_APPROVAL" }, select: { number: true, kind: true } },
  }),
} as const satisfies Prisma.ClaimSelect;

/**
 * The claim for its desk, with what the desk must say about it: `verdict`, its current verdict
 * (not retracted; null: none yet) and `retractedVerdicts`, the earlier ones (decision 025);
 * `isPublic`, whether any of its verdicts has a public page (its text and claimant then no longer
 * change: a retracted verdict's page shows them too); `reopened`, a retraction put it back in
 * review for a new verdict; `frozen`, why its text, claimant and evidence cannot change now (null:
 * they can); `evidenceChanges` and `appearanceChanges`, how the evidence and the appearances
 * differ from what the current verdict's public page shows (null: no published current verdict).
 */
export async function getClaimForDesk(id: string) {
  const found = await db.claim.findUnique({ where: { id }, select: deskSelect });
  if (!found) return null;
  const repeatedSince = await listRepeats(db, id);
  const { verdicts, ...claim } = found;
  const verdict = verdicts.find((one) => one.status !== "RETRACTED") ?? null;
  const retractedVerdicts = verdicts.filter((one) => one.status === "RETRACTED");
  return {
    ...claim,
    verdict,
    retractedVerdicts,
    repeatedSince,
    isPublic: verdicts.some((one) => hasPublicPage(one)),
    reopened: retractedVerdicts.length > 0 && verdict?.status !== "PUBLISHED" && claim.status !== "DISMISSED",
    frozen: verdict ? frozenNotice(verdict.status, verdict.revisions[0] ?? null) : null,
    evidenceChanges:
      verdict?.status === "PUBLISHED"
        ? evidenceChanges(readPublishedEvidence(verdict.publishedEvidence, `verdict ${verdict.id}`), claim.evidence)
        : null,
    // How the appearances differ from those the current verdict was published with (null: not published).
    appearanceChanges:
      verdict?.status === "PUBLISHED"
        ? appearanceChanges(
            readAppearanceSnapshot(verdict.publishedAppearances, `verdict ${verdict.id}`),
            await takeAppearanceSnapshot(db, claim.id),
          )
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
