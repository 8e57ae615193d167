import { z } from "zod";
import { filterFields } from "@/lib/search/filters";

/**
 * The read API's request and response schemas. The routes validate with them and
 * /api/v1/openapi.json is generated from them, so the document cannot drift from the code.
 */

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Paging parameters of GET /api/v1/verdicts (the filters come from lib/search/filters.ts). */
export const pageFields = {
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT)
    .describe(`Items per page, 1 to ${MAX_LIMIT}.`),
  cursor: z.string().max(500).describe("The nextCursor of the previous page (opaque)."),
} as const;

export const listParameterFields = { ...filterFields, ...pageFields };

const isoDateTime = z.iso.datetime();

export const claimReviewSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.url(),
    claimReviewed: z.string(),
    datePublished: z.iso.date(),
    author: z.object({ "@type": z.literal("Organization"), name: z.string(), url: z.url() }),
    reviewRating: z.object({
      "@type": z.literal("Rating"),
      alternateName: z.string(),
      ratingValue: z.number().int().optional(),
      bestRating: z.number().int().optional(),
      worstRating: z.number().int().optional(),
    }),
    itemReviewed: z.object({
      "@type": z.literal("Claim"),
      author: z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string(), sameAs: z.url().optional() }).optional(),
      datePublished: z.iso.date().optional(),
      appearance: z
        .union([z.url(), z.object({ "@type": z.literal("CreativeWork"), headline: z.string(), datePublished: z.iso.date().optional() })])
        .optional(),
    }),
  })
  .describe("schema.org ClaimReview, as on the verdict's page.");

export const verdictItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  url: z.url().describe("The verdict's public page."),
  status: z.enum(["published", "retracted"]),
  retraction: z
    .object({ date: isoDateTime.nullable(), reason: z.string().nullable() })
    .nullable()
    .describe("When and why the verdict was retracted; null while it stands."),
  replacedBy: z
    .object({ id: z.string(), slug: z.string(), url: z.url() })
    .nullable()
    .describe("For a retracted verdict: the new verdict of the same claim once it is published (or retracted in its turn); else null."),
  replaces: z
    .object({ id: z.string(), slug: z.string(), url: z.url() })
    .nullable()
    .describe("The retracted verdict of the same claim that this one replaces; null for a claim's first verdict."),
  claim: z.object({
    text: z.string(),
    claimant: z.object({ name: z.string(), sameAs: z.string().nullable() }).nullable(),
    claimDate: isoDateTime.nullable(),
  }),
  rating: z.object({ key: z.string(), label: z.string(), ordinal: z.number().int().min(1).max(5).nullable() }).nullable(),
  conclusion: z.string(),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime.describe("The last published correction or update; publishedAt when there is none."),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  claimReview: claimReviewSchema.nullable().describe("Null for a retracted verdict: its answer no longer stands."),
});

export const verdictListSchema = z.object({
  items: z.array(verdictItemSchema),
  nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page."),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(["invalid_parameter", "not_found", "search_timeout"]),
    message: z.string(),
    details: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
  }),
});

export type VerdictItem = z.infer<typeof verdictItemSchema>;
export type VerdictList = z.infer<typeof verdictListSchema>;
export type ApiError = z.infer<typeof errorSchema>;
