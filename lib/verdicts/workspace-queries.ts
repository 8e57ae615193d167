import "server-only";
import { db } from "@/lib/db";
import { allVerdicts } from "./current";
import { evidenceChanges, readPublishedEvidence } from "./published-evidence";

// Staff-side reads of verdicts (the editor and the approvals list). Not cached: staff see every
// save at once. Public pages read through lib/verdicts/queries.ts instead.

const person = { select: { id: true, name: true } } as const;

const revisionSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  ratingId: true,
  conclusion: true,
  rationale: true,
  note: true,
  version: true,
  editorIds: true,
  publishedAt: true,
  createdAt: true,
  rating: { select: { label: true, color: true } },
  author: person,
  approver: person,
} as const;

/** A claim with its evidence and its verdict (with revisions), for the verdict editor; null if unknown. */
export async function getVerdictWorkspace(claimId: string) {
  const found = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      text: true,
      status: true,
      claimant: { select: { name: true } },
      claimDate: true,
      _count: { select: { appearances: true } },
      evidence: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, url: true, archiveUrl: true, excerpt: true, stance: true, source: { select: { name: true } } },
      },
      // All its verdicts, oldest first: retracted ones and the current one (decision 025).
      verdicts: allVerdicts({
        id: true,
        slug: true,
        status: true,
        ratingId: true,
        conclusion: true,
        rationale: true,
        version: true,
        editorIds: true,
        publishedAt: true,
        retractedAt: true,
        retractionReason: true,
        previousId: true,
        rating: { select: { label: true, color: true } },
        author: person,
        approver: person,
        publishedEvidence: true,
        revisions: { orderBy: { number: "asc" }, select: revisionSelect },
      }),
    },
  });
  if (!found) return null;
  const { verdicts, ...claim } = found;
  // The current verdict (not retracted); else the last retracted one, shown until a new one is started.
  const current = verdicts.find((one) => one.status !== "RETRACTED") ?? null;
  const retractedVerdicts = verdicts.filter((one) => one.status === "RETRACTED");
  const verdict = current ?? retractedVerdicts.at(-1) ?? null;
  const openRevision =
    verdict?.revisions.find((revision) => revision.status === "DRAFT" || revision.status === "AWAITING_APPROVAL") ?? null;
  return {
    claim,
    verdict,
    /** The claim's retracted verdicts, oldest first (the one `verdict` replaces, or is, among them). */
    retractedVerdicts,
    /** A retraction reopened the claim and no verdict replaces the retracted one yet: a new one may be started. */
    mayStartNew: current === null,
    openRevision,
    publishedRevisions: verdict?.revisions.filter((revision) => revision.status === "PUBLISHED") ?? [],
    // What the next correction or update would publish besides its text (published verdicts only).
    evidenceChanges:
      verdict?.status === "PUBLISHED"
        ? evidenceChanges(readPublishedEvidence(verdict.publishedEvidence, `verdict ${verdict.id}`), claim.evidence)
        : [],
    // What the approver said when sending it back, and who submitted it (they cannot approve it).
    verdictReview: verdict ? await reviewState("Verdict", verdict.id, "verdict.submit", "verdict.send_back") : null,
    revisionReview: openRevision
      ? await reviewState("VerdictRevision", openRevision.id, "verdict.submit_revision", "verdict.send_back_revision")
      : null,
  };
}

export type VerdictWorkspace = NonNullable<Awaited<ReturnType<typeof getVerdictWorkspace>>>;

/** The last submission or send-back of a record, from the audit log. */
async function reviewState(entityType: string, entityId: string, submitAction: string, sendBackAction: string) {
  const event = await db.auditEvent.findFirst({
    where: { entityType, entityId, action: { in: [submitAction, sendBackAction] } },
    orderBy: { id: "desc" },
    select: { action: true, after: true, createdAt: true, actor: person },
  });
  if (!event) return { submitterId: null, sentBack: null };
  if (event.action === submitAction) return { submitterId: event.actor?.id ?? null, sentBack: null };
  const after = event.after as { comment?: unknown } | null;
  return {
    submitterId: null,
    sentBack: { comment: typeof after?.comment === "string" ? after.comment : "", by: event.actor?.name ?? "Someone", at: event.createdAt },
  };
}

/** Ratings a draft may choose: the current scale in order, plus a retired one the record already has. */
export async function listRatingOptions(keepId: string | null) {
  const ratings = await db.rating.findMany({
    where: { OR: [{ retiredAt: null }, ...(keepId ? [{ id: keepId }] : [])] },
    orderBy: [{ position: "asc" }, { label: "asc" }],
    select: { id: true, label: true, description: true, retiredAt: true },
  });
  return ratings.map((rating) => ({ value: rating.id, label: rating.retiredAt ? `${rating.label} (retired)` : rating.label }));
}

/** Verdicts and revisions waiting for a second person, oldest first. */
export async function listAwaitingApproval() {
  const [verdicts, revisions] = await Promise.all([
    db.verdict.findMany({
      where: { status: "AWAITING_APPROVAL" },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        updatedAt: true,
        conclusion: true,
        rating: { select: { label: true, color: true } },
        author: person,
        claim: { select: { id: true, text: true } },
      },
    }),
    db.verdictRevision.findMany({
      where: { status: "AWAITING_APPROVAL", verdict: { status: "PUBLISHED" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        number: true,
        kind: true,
        note: true,
        createdAt: true,
        rating: { select: { label: true, color: true } },
        author: person,
        verdict: { select: { claim: { select: { id: true, text: true } } } },
      },
    }),
  ]);
  return [
    ...verdicts.map((verdict) => ({
      key: `verdict-${verdict.id}`,
      what: "New verdict" as const,
      claim: verdict.claim,
      rating: verdict.rating,
      summary: verdict.conclusion,
      author: verdict.author,
      since: verdict.updatedAt,
    })),
    ...revisions.map((revision) => ({
      key: `revision-${revision.id}`,
      what: revision.kind === "CORRECTION" ? ("Correction" as const) : ("Update" as const),
      claim: revision.verdict.claim,
      rating: revision.rating,
      summary: revision.note ?? "",
      author: revision.author,
      since: revision.createdAt,
    })),
  ];
}

export type AwaitingApproval = Awaited<ReturnType<typeof listAwaitingApproval>>[number];
