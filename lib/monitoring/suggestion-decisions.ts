import "server-only";
import { z } from "zod";
import type { AuditEntry } from "@/lib/audit";
import { createClaimSchema, insertAppearance, insertClaim } from "@/lib/claims/create";
import { formatDateTime } from "@/lib/dates";
import type { Prisma, SuggestionState } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";

/**
 * The one-click decisions of Today's claims on a row of stored suggestions (a group of
 * near-identical ones, its best-scored first): accept into the queue (one claim, with an
 * appearance in every article of the row, as accepting a suggestion in the reader view makes it),
 * record as a repeat of a claim whose verdict is published (appearances with `repeatedAt`, shown
 * at once as "Repeated since" on the verdict's page), or dismiss. A row decided meanwhile by
 * someone else, or changed since the page showed it, is refused as a whole.
 */

const item = z
  .string()
  .regex(/^[^:\s]+:\d+$/, "A suggestion is named by id:version.")
  .transform((value) => {
    const [id, version] = value.split(":");
    return { id: id!, version: Number(version) };
  });

export const decideSuggestionsSchema = z.object({
  /** The row's suggestions as the page showed them, best-scored first: "id:version". */
  suggestions: z.preprocess(
    (value) => (value === undefined || value === null ? [] : [value].flat()),
    z.array(item).min(1, "Choose a suggested claim.").max(50),
  ),
});

const DECIDED: Record<Exclude<SuggestionState, "OPEN">, string> = {
  ACCEPTED: "accepted into the queue",
  DISMISSED: "dismissed",
  RECORDED_AS_REPEAT: "recorded as a repeat",
};

const lockedSelect = {
  id: true,
  version: true,
  state: true,
  text: true,
  claimant: true,
  score: true,
  start: true,
  end: true,
  articleId: true,
  claimId: true,
  repeatOfClaimId: true,
  decidedAt: true,
  decidedBy: { select: { name: true } },
} as const satisfies Prisma.SuggestionSelect;

type Locked = Prisma.SuggestionGetPayload<{ select: typeof lockedSelect }>;

/**
 * The row's suggestions, locked until the transaction ends (in id order, so two decisions on
 * overlapping rows cannot deadlock), in the order given; refuses when one is gone, decided or changed.
 */
async function lockOpen(tx: Prisma.TransactionClient, items: { id: string; version: number }[]): Promise<Locked[]> {
  const ids = [...new Set(items.map((entry) => entry.id))].sort();
  await tx.$queryRaw`SELECT id FROM "Suggestion" WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;
  const found = await tx.suggestion.findMany({ where: { id: { in: ids } }, select: lockedSelect });
  const byId = new Map(found.map((suggestion) => [suggestion.id, suggestion]));
  const rows: Locked[] = [];
  for (const { id, version } of items) {
    const suggestion = byId.get(id);
    if (!suggestion) throw new MutationRefused(404, "This suggested claim is gone: its article was removed. Reload the list.");
    if (suggestion.state !== "OPEN") {
      const who = suggestion.decidedBy ? ` by ${suggestion.decidedBy.name}` : "";
      const when = suggestion.decidedAt ? ` at ${formatDateTime(suggestion.decidedAt)}` : "";
      throw new MutationRefused(
        409,
        `Someone else decided this meanwhile: it was ${DECIDED[suggestion.state]}${who}${when}. Nothing was changed; reload the list.`,
        {
          current: { id: suggestion.id, state: suggestion.state, claimId: suggestion.claimId },
        },
      );
    }
    if (suggestion.version !== version) {
      throw new MutationRefused(
        409,
        "This suggested claim changed after the list was shown. Nothing was changed; reload the list and decide again.",
        {
          current: { id: suggestion.id, state: suggestion.state },
        },
      );
    }
    if (!rows.includes(suggestion)) rows.push(suggestion);
  }
  return rows;
}

async function markDecided(
  tx: Prisma.TransactionClient,
  rows: Locked[],
  actor: { id: string },
  state: Exclude<SuggestionState, "OPEN">,
  claimId: string | null,
): Promise<Omit<AuditEntry, "actorId">[]> {
  const decidedAt = new Date();
  await tx.suggestion.updateMany({
    where: { id: { in: rows.map((row) => row.id) } },
    data: { state, claimId, decidedById: actor.id, decidedAt, version: { increment: 1 } },
  });
  return rows.map((row) => ({
    action: `suggestion.${state === "ACCEPTED" ? "accept" : state === "DISMISSED" ? "dismiss" : "record_repeat"}`,
    entityType: "Suggestion",
    entityId: row.id,
    before: { state: row.state },
    after: { state, claimId, articleId: row.articleId, text: row.text },
  }));
}

const span = (row: Locked) => ({ articleId: row.articleId, start: row.start, end: row.end, quote: row.text });

/**
 * Accepts a row into the queue: a new claim from its best-scored suggestion (text, claimant and
 * score as suggested, quoted where it was found), with every other article of the row as another
 * appearance of it.
 */
export function acceptSuggestions(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: decideSuggestionsSchema,
      input,
      async change(tx, data, actor) {
        const rows = await lockOpen(tx, data.suggestions);
        const [first, ...others] = rows;
        const claimInput = createClaimSchema.safeParse({
          text: first!.text,
          claimant: first!.claimant ?? undefined,
          checkworthiness: first!.score,
          ...span(first!),
        });
        if (!claimInput.success) {
          throw new MutationRefused(
            400,
            `This suggestion cannot become a claim as it is (${claimInput.error.issues[0]?.message}) Open it in the reader to write the claim.`,
          );
        }
        const created = await insertClaim(tx, claimInput.data, actor);
        const audit = [...created.audit];
        for (const other of others) {
          // Two suggestions of the row at the same place in one article make one appearance.
          const same = await tx.appearance.findFirst({
            where: { claimId: created.claimId, articleId: other.articleId, start: other.start },
          });
          if (!same) audit.push((await insertAppearance(tx, created.claimId, span(other))).audit);
        }
        audit.push(...(await markDecided(tx, rows, actor, "ACCEPTED", created.claimId)));
        return { result: { claimId: created.claimId, accepted: rows.length }, audit };
      },
    },
    deps,
  );
}

/** Dismisses a row: its suggestions leave Today's claims. */
export function dismissSuggestions(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: decideSuggestionsSchema,
      input,
      async change(tx, data, actor) {
        const rows = await lockOpen(tx, data.suggestions);
        return { result: { dismissed: rows.length }, audit: await markDecided(tx, rows, actor, "DISMISSED", null) };
      },
    },
    deps,
  );
}

/**
 * Records a row as a repeat of the checked claim its best flagged suggestion repeats: each article
 * becomes an appearance of that claim with `repeatedAt` now, listed at once under "Repeated since"
 * on the public verdict page (refreshed here), which otherwise stays as published.
 */
export function recordRepeat(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.create",
      schema: decideSuggestionsSchema,
      input,
      async change(tx, data, actor) {
        const rows = await lockOpen(tx, data.suggestions);
        const claimId = rows.find((row) => row.repeatOfClaimId)?.repeatOfClaimId;
        if (!claimId) throw new MutationRefused(400, "This suggested claim is not flagged as a repeat of a checked claim.");
        const claim = await tx.claim.findUnique({
          where: { id: claimId },
          select: { id: true, verdicts: { where: { status: "PUBLISHED" }, take: 1, select: { id: true } } },
        });
        const verdict = claim?.verdicts[0];
        if (!verdict) {
          throw new MutationRefused(
            409,
            "The checked claim this repeats no longer has a published verdict (it was retracted or removed, and no new one is published yet). Nothing was recorded.",
          );
        }
        const repeatedAt = new Date();
        const audit: Omit<AuditEntry, "actorId">[] = [];
        for (const row of rows) {
          // Already an appearance of the claim (recorded from another row, or by hand): nothing to add.
          const same = await tx.appearance.findFirst({ where: { claimId, articleId: row.articleId, start: row.start } });
          if (!same) audit.push((await insertAppearance(tx, claimId, span(row), { repeatedAt })).audit);
        }
        audit.push(...(await markDecided(tx, rows, actor, "RECORDED_AS_REPEAT", claimId)));
        return { result: { claimId, recorded: rows.length }, audit, refresh: [publicTags.verdict(verdict.id)] };
      },
    },
    deps,
  );
}
