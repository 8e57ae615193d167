import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeMeaning, meaningVector } from "./meaning";

const BATCH = 1000;

/**
 * Computes and stores the meaning vectors of these claims from their current text: the one place
 * vectors are written. Called in the transaction that creates a claim or changes its text (until
 * the monitoring worker exists and can do it in the background); the matcher computes a missing
 * vector on the fly, so a claim written by another path is still matched, only a little slower.
 */
export async function refreshClaimMeanings(client: PrismaClient | Prisma.TransactionClient, claimIds: string[]): Promise<void> {
  for (let start = 0; start < claimIds.length; start += BATCH) {
    const ids = claimIds.slice(start, start + BATCH);
    const claims = await client.claim.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
    if (claims.length === 0) continue;
    const hex = claims.map((claim) => Buffer.from(encodeMeaning(meaningVector(claim.text))).toString("hex"));
    await client.$executeRaw`
      UPDATE "Claim" c SET meaning = decode(m.hex, 'hex')
        FROM unnest(${claims.map((claim) => claim.id)}::text[], ${hex}::text[]) AS m(id, hex)
       WHERE c.id = m.id`;
  }
}
