import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, staleEdit } from "@/lib/mutation";
import { lockCitedSources } from "./published-evidence";

/**
 * Reading and locking the records of the review workflow (drafts.ts, revisions.ts,
 * retraction.ts). Every write of a verdict or of its revisions locks through here, so that all of
 * them take their locks in one order (the opposite orders deadlock):
 *
 *   1. a publication: the sources its claim's evidence cites, FOR KEY SHARE (lockCitedSources,
 *      ./published-evidence.ts) — a source merge locks sources before it re-points the published
 *      evidence in Verdict and revision rows;
 *   2. the Verdict row, FOR UPDATE;
 *   3. its revisions.
 *
 * Evidence and claim edits take the same order (assertClaimNotAwaitingApproval, ./awaiting-approval.ts:
 * the Verdict row FOR SHARE, then its open revisions), so an edit and a publication wait for each
 * other instead of deadlocking, and a publication's snapshot includes an edit that committed first.
 * A record is read once the lock is held, so its status and version are the committed ones.
 */

export type Tx = Prisma.TransactionClient;

/** The fields a draft (of a verdict or a revision) edits. */
export type DraftFields = { ratingId: string | null; conclusion: string; rationale: string };

const verdictFields = {
  id: true,
  claimId: true,
  previousId: true,
  slug: true,
  status: true,
  ratingId: true,
  conclusion: true,
  rationale: true,
  authorId: true,
  approverId: true,
  publishedAt: true,
  version: true,
  editorIds: true,
  publishedEvidence: true,
  publishedAppearances: true,
} as const;

const revisionFields = {
  id: true,
  verdictId: true,
  number: true,
  kind: true,
  status: true,
  ratingId: true,
  conclusion: true,
  rationale: true,
  note: true,
  authorId: true,
  version: true,
  editorIds: true,
} as const;

const verdictGone = "That verdict no longer exists.";
const revisionGone = "That correction or update no longer exists.";

export async function findVerdict(tx: Tx, id: string) {
  const verdict = await tx.verdict.findUnique({ where: { id }, select: verdictFields });
  if (!verdict) throw new MutationRefused(404, verdictGone);
  return verdict;
}

export type VerdictRow = Awaited<ReturnType<typeof findVerdict>>;

export async function findRevision(tx: Tx, id: string) {
  const revision = await tx.verdictRevision.findUnique({
    where: { id },
    select: { ...revisionFields, verdict: { select: verdictFields } },
  });
  if (!revision) throw new MutationRefused(404, revisionGone);
  return revision;
}

export type RevisionRow = Awaited<ReturnType<typeof findRevision>>;

/** The verdict, read once it is locked; `publishing` first locks the sources its evidence cites. */
export async function lockVerdict(tx: Tx, id: string, publishing = false) {
  const found = await tx.verdict.findUnique({ where: { id }, select: { claimId: true } });
  if (!found) throw new MutationRefused(404, verdictGone);
  if (publishing) await lockCitedSources(tx, found.claimId);
  await tx.$queryRaw`SELECT 1 FROM "Verdict" WHERE id = ${id} FOR UPDATE`;
  return findVerdict(tx, id);
}

/** A revision, read once its verdict is locked (the one lock order). */
export async function lockRevision(tx: Tx, id: string, publishing = false) {
  const found = await tx.verdictRevision.findUnique({ where: { id }, select: { verdictId: true } });
  if (!found) throw new MutationRefused(404, revisionGone);
  await lockVerdict(tx, found.verdictId, publishing);
  return findRevision(tx, id);
}

/**
 * The rating row, locked FOR SHARE until the transaction ends: retiring it (which locks it FOR
 * UPDATE, lib/ratings/mutations.ts) waits for a submission or publication that uses it, and then
 * counts it; a submission or publication waits for a retirement and then sees it.
 */
export async function lockRating(tx: Tx, ratingId: string) {
  const [rating] = await tx.$queryRaw<{ label: string; retiredAt: Date | null }[]>`
    SELECT label, "retiredAt" FROM "Rating" WHERE id = ${ratingId} FOR SHARE`;
  return rating ?? null;
}

async function ratingLabel(tx: Tx, ratingId: string | null): Promise<string | null> {
  if (!ratingId) return null;
  return (await tx.rating.findUnique({ where: { id: ratingId }, select: { label: true } }))?.label ?? null;
}

/** What a form needs to show someone whose save was refused: the record as it now is. */
export async function currentDraft(tx: Tx, record: DraftFields & { version: number; status: string; note?: string | null }) {
  return {
    status: record.status,
    ratingId: record.ratingId,
    ratingLabel: await ratingLabel(tx, record.ratingId),
    conclusion: record.conclusion,
    rationale: record.rationale,
    ...(record.note !== undefined ? { note: record.note ?? "" } : {}),
    version: record.version,
  };
}

/** Which record a guarded write changes, and how a refusal names it ("verdict draft", "correction"…). */
type Guarded<Where, Data> = { id: string; expected: Where; data: Data; what: string };

/**
 * The optimistic-concurrency write every step ends with: the record changes only if it still has
 * the version (and status) the step was based on; otherwise 409 with the record as it now is.
 */
export async function updateVerdictIfUnchanged(
  tx: Tx,
  { id, expected, data, what }: Guarded<Omit<Prisma.VerdictWhereInput, "id">, Prisma.VerdictUncheckedUpdateManyInput>,
) {
  const { count } = await tx.verdict.updateMany({ where: { id, ...expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleEdit(what, await currentDraft(tx, await findVerdict(tx, id)));
}

/** updateVerdictIfUnchanged for a revision. */
export async function updateRevisionIfUnchanged(
  tx: Tx,
  { id, expected, data, what }: Guarded<Omit<Prisma.VerdictRevisionWhereInput, "id">, Prisma.VerdictRevisionUncheckedUpdateManyInput>,
) {
  const { count } = await tx.verdictRevision.updateMany({ where: { id, ...expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleEdit(what, await currentDraft(tx, await findRevision(tx, id)));
}
