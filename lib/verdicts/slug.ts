import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Public verdict URLs (/verdicts/<slug>): short kebab-case, like the demo data's. */
export const SLUG_MAX = 60;

/**
 * A slug from a claim's text: lower case ASCII letters and digits joined by hyphens, accents
 * dropped, cut at a word boundary. Text without any such character (another script only) gets
 * "verdict", made unique by uniqueVerdictSlug.
 */
export function slugFromClaim(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, SLUG_MAX);
  return slug || "verdict";
}

/** slugFromClaim, with -2, -3 … when another verdict already has it. */
export async function uniqueVerdictSlug(tx: Prisma.TransactionClient, text: string): Promise<string> {
  const base = slugFromClaim(text);
  const taken = new Set(
    (await tx.verdict.findMany({ where: { slug: { startsWith: base.slice(0, SLUG_MAX - 6) } }, select: { slug: true } })).map(
      (verdict) => verdict.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
