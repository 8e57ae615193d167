import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { likeContaining } from "@/lib/text";
import { toSourceKey } from "@/lib/sources/domain";
import { firstValue, type ParameterProblem } from "./filters";

/**
 * The /search page's claimant and source fields take what a reader knows: a name ("Piet
 * Haldane", "the Valoria Herald", "Energy Minister Piet Haldane") or the slug or domain of a
 * link. They are resolved here, among claimants and publishers that have published fact checks
 * (others are not public), to the slug and domain the search filters use. A value that names
 * nothing public is left out and reported with the closest names, so the other filters still
 * apply and the reader sees what was wrong (docs/decisions/018-claimant-identity-and-forgiving-search.md).
 */

type Params = Record<string, string | string[] | undefined>;
type Db = Pick<PrismaClient, "$queryRaw">;

export type NamedFilterProblem = ParameterProblem & { suggestions: string[] };

/** How many names "Did you mean" offers, and the datalist as one types. */
const SUGGESTIONS = 3;
export const TYPEAHEAD_LIMIT = 8;

/** Whether a claimant has a published verdict (only those are searchable, or suggested). */
const claimantIsPublic = (alias: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Claim" cl JOIN "Verdict" v ON v."claimId" = cl.id
                      WHERE cl."claimantId" = ${Prisma.raw(alias)}.id AND v.status = 'PUBLISHED')`;

/** Whether a source published an article in which a claim with a published verdict appears. */
const sourceIsPublic = (alias: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Article" ar JOIN "Appearance" ap ON ap."articleId" = ar.id
                       JOIN "Verdict" v ON v."claimId" = ap."claimId"
                      WHERE ar."publisherId" = ${Prisma.raw(alias)}.id AND v.status = 'PUBLISHED')`;

/** The public claimant's slug for a slug, a merged claimant's slug, or a name (claimant_name_key: no "the", no title). */
export async function resolveClaimant(client: Db, value: string): Promise<string | null> {
  const [row] = await client.$queryRaw<{ slug: string }[]>`
    SELECT c.slug FROM "Claimant" c
     WHERE (c.slug = ${value} OR c."nameKey" = claimant_name_key(${value})
            OR c.id IN (SELECT a."claimantId" FROM "ClaimantAlias" a WHERE a.slug = ${value} OR a."nameKey" = claimant_name_key(${value})))
       AND ${claimantIsPublic("c")}
     ORDER BY c.slug = ${value} DESC, c."nameKey" = claimant_name_key(${value}) DESC, c."createdAt", c.id
     LIMIT 1`;
  return row?.slug ?? null;
}

/** The public publisher's domain for a domain (or its alias, or a URL on it) or a name. */
export async function resolveSource(client: Db, value: string): Promise<string | null> {
  const key = toSourceKey(value);
  const [row] = await client.$queryRaw<{ domain: string }[]>`
    SELECT s.domain FROM "Source" s
     WHERE (s.domain = ${key} OR s.id IN (SELECT a."sourceId" FROM "SourceAlias" a WHERE a.domain = ${key})
            OR regexp_replace(lower(s.name), '^the\\s+', '') = regexp_replace(lower(btrim(${value})), '^the\\s+', ''))
       AND ${sourceIsPublic("s")}
     ORDER BY s.domain = ${key} DESC, s."createdAt", s.id
     LIMIT 1`;
  return row?.domain ?? null;
}

/**
 * Names like `text`, best first, each once (two claimants or outlets may share a name): those
 * starting with it, then containing it or close in spelling (trigram indexes on the names).
 * `rows` selects the public candidates with `prefix` and `similarity`; the best few are taken
 * before names are merged, so that the public check runs on a handful of rows.
 */
async function distinctNames(client: Db, rows: Prisma.Sql, limit: number): Promise<string[]> {
  const names = await client.$queryRaw<{ name: string }[]>`
    SELECT name FROM (${rows} ORDER BY prefix DESC, similarity DESC, name LIMIT ${limit * 4}) best
     GROUP BY name ORDER BY bool_or(prefix) DESC, max(similarity) DESC, name LIMIT ${limit}`;
  return names.map((row) => row.name);
}

/** Public claimants' names like `text`. */
export function suggestClaimants(client: Db, text: string, limit: number): Promise<string[]> {
  return distinctNames(
    client,
    Prisma.sql`SELECT c.name, c.name ILIKE ${likeContaining(text).slice(1)} AS prefix, similarity(c.name, ${text}) AS similarity
                 FROM "Claimant" c
                WHERE (c.name ILIKE ${likeContaining(text)} OR c.name % ${text}) AND ${claimantIsPublic("c")}`,
    limit,
  );
}

/** Public publishers' names like `text` (by name or domain). */
export function suggestSources(client: Db, text: string, limit: number): Promise<string[]> {
  return distinctNames(
    client,
    Prisma.sql`SELECT s.name, s.name ILIKE ${likeContaining(text).slice(1)} AS prefix, similarity(s.name, ${text}) AS similarity
                 FROM "Source" s
                WHERE (s.name ILIKE ${likeContaining(text)} OR s.domain ILIKE ${likeContaining(text)} OR s.name % ${text}) AND ${sourceIsPublic("s")}`,
    limit,
  );
}

const FIELDS = {
  claimant: { resolve: resolveClaimant, suggest: suggestClaimants, noun: "claimant" },
  source: { resolve: resolveSource, suggest: suggestSources, noun: "source" },
} as const;

/**
 * The query parameters with `claimant` and `source` turned into the slug and domain that
 * parseFilters and the search take; each value that names nothing public is removed and reported.
 */
export async function resolveNamedFilters(client: Db, params: Params): Promise<{ params: Params; problems: NamedFilterProblem[] }> {
  const resolved: Params = { ...params };
  const problems: NamedFilterProblem[] = [];
  for (const [param, field] of Object.entries(FIELDS)) {
    const value = firstValue(params, param)?.slice(0, 200);
    if (value === undefined) continue;
    const found = await field.resolve(client, value);
    if (found) {
      resolved[param] = found;
      continue;
    }
    delete resolved[param];
    problems.push({
      param,
      message: `“${value}” matches no ${field.noun} with published fact checks, so it was not applied`,
      suggestions: await field.suggest(client, value, SUGGESTIONS),
    });
  }
  return { params: resolved, problems };
}
