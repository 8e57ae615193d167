import "server-only";
import { changedFields } from "@/lib/audit";
import { contrastOnWhite, NON_TEXT_CONTRAST } from "@/lib/contrast";
import { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { createRatingSchema, METHODOLOGY_NOTE_MIN, ratingKeyFromLabel, retireRatingSchema, updateRatingSchema } from "./schemas";

/**
 * The rating scale's writes (admins, `ratings.manage`), each through the one write path. Labels,
 * colours and ordinals show on every verdict page, card, chart, feed and in ClaimReview, so every
 * change refreshes `ratings` and `verdicts`.
 */

const REFRESH = [publicTags.ratings, publicTags.verdicts];

const ratingFields = {
  id: true,
  key: true,
  label: true,
  description: true,
  color: true,
  ordinal: true,
  position: true,
  retiredAt: true,
  version: true,
} as const satisfies Prisma.RatingSelect;

async function findRating(tx: Prisma.TransactionClient, id: string) {
  const rating = await tx.rating.findUnique({ where: { id }, select: ratingFields });
  if (!rating) throw new MutationRefused(404, "That rating no longer exists.");
  return rating;
}

/**
 * A colour that cannot be seen on white (under 3:1, WCAG 1.4.11) is refused: badges outline light
 * colours and charts draw them as bars, and both would vanish. A colour that is visible but too
 * light for white text is accepted; the badge then puts dark text inside a coloured border (see
 * ratingColorAdvice).
 */
function assertVisibleColor(color: string) {
  const ratio = contrastOnWhite(color);
  if (ratio < NON_TEXT_CONTRAST) {
    throw new MutationRefused(400, "Some fields need attention.", {
      fieldErrors: {
        color: [
          `${color} is too light to see on a white page (contrast ${ratio.toFixed(1)}:1, at least ${NON_TEXT_CONTRAST}:1 needed). Choose a darker colour.`,
        ],
      },
    });
  }
}

async function assertLabelFree(tx: Prisma.TransactionClient, label: string, exceptId?: string) {
  const clash = await tx.rating.findFirst({
    where: { label: { equals: label, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined },
    select: { label: true, retiredAt: true },
  });
  if (clash) {
    throw new MutationRefused(400, "Some fields need attention.", {
      fieldErrors: {
        label: [`“${clash.label}” is already a rating${clash.retiredAt ? " (retired: restore it instead)" : ""}. Choose another label.`],
      },
    });
  }
}

/**
 * The truth scale stays a scale: among current ratings each value (1–5) is used once, and down the
 * list (by position) the values fall from true to false. Otherwise ClaimReview's ratingValue, the
 * charts and the methodology page would rank two findings alike or the wrong way round. Writers
 * of the scale take one transaction-scoped lock, so two admins cannot each pass the check.
 */
async function scaleOrderProblem(
  tx: Prisma.TransactionClient,
  rating: { id?: string; ordinal: number | null; position: number },
): Promise<string | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('rating-scale', 0))`;
  if (rating.ordinal === null) return null;
  const others = await tx.rating.findMany({
    where: { retiredAt: null, ordinal: { not: null }, id: rating.id ? { not: rating.id } : undefined },
    orderBy: [{ position: "asc" }, { label: "asc" }],
    select: { label: true, ordinal: true, position: true },
  });
  const same = others.find((other) => other.ordinal === rating.ordinal);
  if (same)
    return `“${same.label}” already has ${rating.ordinal} on the truth scale; each value is used once. Change that rating first, or choose another value.`;
  const above = others.find((other) => other.position < rating.position && other.ordinal! < rating.ordinal!);
  const below = others.find((other) => other.position > rating.position && other.ordinal! > rating.ordinal!);
  const clash = above ?? below;
  if (!clash) return null;
  return `Out of order: the truth scale runs from 5 (true) at the top of the list to 1 (false) at the bottom. “${clash.label}” (position ${clash.position}) has ${clash.ordinal}, so at position ${rating.position} this rating needs a value ${above ? "below" : "above"} ${clash.ordinal}, or another position.`;
}

async function assertScaleOrder(tx: Prisma.TransactionClient, rating: { id?: string; ordinal: number | null; position: number }) {
  const problem = await scaleOrderProblem(tx, rating);
  if (problem) throw new MutationRefused(400, "Some fields need attention.", { fieldErrors: { ordinal: [problem] } });
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export function createRating(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "ratings.manage",
      schema: createRatingSchema,
      input,
      async change(tx, data) {
        assertVisibleColor(data.color);
        await assertScaleOrder(tx, data);
        await assertLabelFree(tx, data.label);
        // The key is public (URLs of search filters, the API), so it is derived once and never changes.
        const key = ratingKeyFromLabel(data.label);
        const taken = await tx.rating.findUnique({ where: { key }, select: { label: true, retiredAt: true } });
        const keyTaken = () =>
          new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: {
              label: [
                `This label gives the key “${key}”, which ${taken ? `“${taken.label}”${taken.retiredAt ? " (retired)" : ""}` : "another rating"} already has. Choose another label.`,
              ],
            },
          });
        if (taken) throw keyTaken();
        const created = await tx.rating.create({ data: { ...data, key }, select: ratingFields }).catch((error: unknown) => {
          throw isUniqueViolation(error) ? keyTaken() : error;
        });
        const { id, version: _version, retiredAt: _retiredAt, ...recorded } = created;
        return {
          result: { id, key, version: created.version },
          audit: { action: "rating.create", entityType: "Rating", entityId: id, after: recorded },
          refresh: REFRESH,
        };
      },
    },
    deps,
  );
}

export function updateRating(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "ratings.manage",
      schema: updateRatingSchema,
      input,
      async change(tx, data) {
        const { id, version, methodologyNote, ...fields } = data;
        const before = await findRating(tx, id);
        if (before.version !== version) throw staleEdit("rating", before);
        assertVisibleColor(fields.color);
        if (!before.retiredAt) await assertScaleOrder(tx, { ...fields, id });
        await assertLabelFree(tx, fields.label, id);
        const methodologyChange = await recordMethodologyChange(tx, before, fields, methodologyNote);
        const { count } = await tx.rating.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
        if (count === 0) throw staleEdit("rating", await findRating(tx, id));
        const after = await findRating(tx, id);
        const recorded = (rating: typeof before) => ({
          label: rating.label,
          description: rating.description,
          color: rating.color,
          ordinal: rating.ordinal,
          position: rating.position,
        });
        const changes = changedFields(recorded(before), recorded(after));
        return {
          result: { id, version: after.version },
          audit: {
            action: "rating.update",
            entityType: "Rating",
            entityId: id,
            ...changes,
            ...(methodologyChange ? { after: { ...changes.after, methodologyNote: methodologyChange.note } } : {}),
          },
          refresh: REFRESH,
        };
      },
    },
    deps,
  );
}

/**
 * What published verdicts show of a rating — its label, and its truth-scale value as ClaimReview's
 * ratingValue — changes only openly: with a public note, recorded as a dated methodology change
 * that /methodology lists. Changes to a rating no published verdict carries need no note.
 */
async function recordMethodologyChange(
  tx: Prisma.TransactionClient,
  before: { id: string; label: string; ordinal: number | null },
  after: { label: string; ordinal: number | null },
  note: string,
) {
  if (before.label === after.label && before.ordinal === after.ordinal) return null;
  const published = await tx.verdict.count({ where: { ratingId: before.id, status: "PUBLISHED" } });
  if (published === 0) return null;
  if (note.length < METHODOLOGY_NOTE_MIN) {
    throw new MutationRefused(400, "Some fields need attention.", {
      fieldErrors: {
        methodologyNote: [
          `${published} published ${published === 1 ? "verdict shows" : "verdicts show"} this rating: say in at least ${METHODOLOGY_NOTE_MIN} characters why its ${before.label !== after.label ? "label" : "truth-scale value"} changes. The note is published, dated, on the methodology page.`,
        ],
      },
    });
  }
  return tx.methodologyChange.create({
    data: {
      ratingId: before.id,
      note,
      before: { label: before.label, ordinal: before.ordinal },
      after: { label: after.label, ordinal: after.ordinal },
    },
    select: { id: true, note: true },
  });
}

/**
 * Retires a rating (off the scale, the methodology page and the pickers) or restores it. A rating
 * that a published verdict carries cannot be retired: readers would see a rating the methodology
 * no longer explains; nor one that a verdict or correction awaiting approval carries (it would be
 * published next). Drafts may still carry it; their authors have to choose again before submitting.
 */
export function setRatingRetired(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "ratings.manage",
      schema: retireRatingSchema,
      input,
      async change(tx, data) {
        // Locked first: a submission or approval using this rating (which locks it FOR SHARE,
        // lib/verdicts/locks.ts) either commits before the counts below see it, or waits and
        // then finds the rating retired.
        await tx.$queryRaw`SELECT id FROM "Rating" WHERE id = ${data.id} FOR UPDATE`;
        const before = await findRating(tx, data.id);
        if (before.version !== data.version) throw staleEdit("rating", before);
        if (data.retire) {
          const published = await tx.verdict.count({ where: { ratingId: data.id, status: "PUBLISHED" } });
          if (published > 0) {
            throw new MutationRefused(
              409,
              `“${before.label}” cannot be retired: ${published} published ${published === 1 ? "verdict uses" : "verdicts use"} it. Change their rating by a correction first, or keep it.`,
            );
          }
          // What a second person is about to approve must not end up published with a retired rating.
          const awaiting =
            (await tx.verdict.count({ where: { ratingId: data.id, status: "AWAITING_APPROVAL" } })) +
            (await tx.verdictRevision.count({
              where: { ratingId: data.id, status: "AWAITING_APPROVAL", verdict: { status: "PUBLISHED" } },
            }));
          if (awaiting > 0) {
            throw new MutationRefused(
              409,
              `“${before.label}” cannot be retired: ${awaiting} ${awaiting === 1 ? "verdict or correction awaiting approval uses" : "verdicts or corrections awaiting approval use"} it. Send ${awaiting === 1 ? "it" : "them"} back to draft first, or keep it.`,
            );
          }
        }
        // Back on the scale only where it fits: its value unused and in order.
        const misfit = !data.retire && before.retiredAt ? await scaleOrderProblem(tx, before) : null;
        if (misfit) throw new MutationRefused(409, `“${before.label}” cannot be restored as it is. ${misfit}`);
        const retiredAt = data.retire ? (before.retiredAt ?? new Date()) : null;
        const { count } = await tx.rating.updateMany({
          where: { id: data.id, version: data.version },
          data: { retiredAt, version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("rating", await findRating(tx, data.id));
        const drafts = data.retire
          ? await tx.verdict.count({ where: { ratingId: data.id, status: { in: ["DRAFT", "AWAITING_APPROVAL"] } } })
          : 0;
        return {
          result: { id: data.id, version: data.version + 1, retired: data.retire, draftsUsingIt: drafts },
          audit: {
            action: data.retire ? "rating.retire" : "rating.restore",
            entityType: "Rating",
            entityId: data.id,
            before: { retiredAt: before.retiredAt },
            after: { retiredAt },
          },
          refresh: REFRESH,
        };
      },
    },
    deps,
  );
}
